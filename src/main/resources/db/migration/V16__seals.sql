-- Keyed seals (decision 47): a signature's and a finalised review's content is sealed with
-- HMAC-SHA-256 under a key the server holds outside the database ("hmac-sha256:<key id>:<hex>").
-- The plain content hashes stay; records signed before this release keep only them.
ALTER TABLE evaluation_signature ADD COLUMN seal VARCHAR(160);
ALTER TABLE review_period ADD COLUMN seal VARCHAR(160);
