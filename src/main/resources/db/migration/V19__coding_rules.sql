-- Codes follow from what was done (issue 18): coding rules are versioned documents, each entry
-- stores the codes its details gave and the counted details they depend on, and a procedure lists
-- which counted details it asks for.
CREATE TABLE coding_rule_set (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(64)   NOT NULL,
    set_id             VARCHAR(40)   NOT NULL,
    set_version        INT           NOT NULL,
    source             MEDIUMTEXT    NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    CONSTRAINT uq_coding_rule_set UNIQUE (set_id, set_version)
);

ALTER TABLE procedure_type ADD COLUMN quantities VARCHAR(200) DEFAULT '' NOT NULL;
-- The codes each procedure listed before this change, for the list of what coding changed: the
-- old export gave the first of them that is not an add-on.
ALTER TABLE procedure_type ADD COLUMN legacy_cpt_codes VARCHAR(120);
UPDATE procedure_type SET legacy_cpt_codes = cpt_codes;
ALTER TABLE procedure_log ADD COLUMN counts VARCHAR(200);
ALTER TABLE procedure_log ADD COLUMN coded_as VARCHAR(200);

-- Entries logged before codes were derived are coded once, at start-up, by the rules then in
-- force (CodingBackfill). What each got is kept here for the program director: the code the old
-- export gave, the codes now, or why the entry could not be coded. Verification is untouched.
CREATE TABLE coding_backfill (
    log_id             BIGINT        NOT NULL PRIMARY KEY,
    program_id         BIGINT        NOT NULL,
    previous_code      VARCHAR(12),
    coded_as           VARCHAR(200),
    problem            VARCHAR(300),
    changed            BOOLEAN       NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_coding_backfill_log FOREIGN KEY (log_id) REFERENCES procedure_log (id)
);
CREATE INDEX ix_coding_backfill_program ON coding_backfill (program_id);
CREATE INDEX ix_procedure_log_uncoded ON procedure_log (coded_as);
