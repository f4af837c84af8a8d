-- An entry imported as verified in a previous system is no longer recorded as verified by its
-- supervisor here: it gets its own status (IMPORTED) and says who vouched for it, when, and from
-- which file (decision 44). Whether such entries count toward minimums is the program's setting.
ALTER TABLE procedure_log ADD COLUMN attested_by BIGINT;
ALTER TABLE procedure_log ADD COLUMN attested_at DATETIME(6);
ALTER TABLE procedure_log ADD COLUMN import_file_name VARCHAR(200);
ALTER TABLE procedure_log ADD COLUMN import_file_sha256 VARCHAR(64);

ALTER TABLE program ADD COLUMN counts_imported_logs BOOLEAN NOT NULL DEFAULT TRUE;

-- Entries imported as verified before this release named their supervisor as the verifier, who
-- never acted. They become IMPORTED; who imported them was not kept (attested_by stays empty), and
-- of the file only the part of its SHA-256 in the entry's import key ("import:<20 hex>:<line>").
UPDATE procedure_log
SET status = 'IMPORTED',
    attested_at = COALESCE(decided_at, submitted_at),
    import_file_name = '(imported before attestations were kept)',
    import_file_sha256 = SUBSTRING(idempotency_key, 8, 20),
    decided_at = NULL,
    decided_by = NULL
WHERE source = 'IMPORT' AND status = 'VERIFIED';

-- The summary counts by status: recount it from the entries (V12's statement).
DELETE FROM procedure_count;
INSERT INTO procedure_count (program_id, trainee_id, procedure_type_id, trainee_role, status, n)
SELECT program_id, trainee_id, procedure_type_id, trainee_role, status, COUNT(*)
FROM procedure_log
GROUP BY program_id, trainee_id, procedure_type_id, trainee_role, status;
