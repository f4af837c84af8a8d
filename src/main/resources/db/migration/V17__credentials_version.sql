-- Counts the account's password changes and resets. A page session remembers the count it signed
-- in under and ends when the count moves on (decision 48): a count, not a time, because two events
-- in the same second must still be told apart, and MariaDB through Connector/J keeps no fractions.
ALTER TABLE account ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;
