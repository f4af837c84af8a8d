-- Details a program needs of a case (issue 18): the joint, muscles or nerve, contrast, sedation,
-- fluoroscopy time and dose where the program records them, a stimulator trial's relief, and
-- complications from a longer list with words for "Other". All optional on entries already logged.
ALTER TABLE procedure_log ADD COLUMN site VARCHAR(120);
ALTER TABLE procedure_log ADD COLUMN contrast_used BOOLEAN;
ALTER TABLE procedure_log ADD COLUMN sedation VARCHAR(12);
ALTER TABLE procedure_log ADD COLUMN fluoro_seconds DECIMAL(6,1);
ALTER TABLE procedure_log ADD COLUMN fluoro_dose_mgy DECIMAL(7,1);
ALTER TABLE procedure_log ADD COLUMN trial_relief_percent INT;
ALTER TABLE procedure_log ADD COLUMN complication_note VARCHAR(300);

-- The longer list needs a longer column; H2 and MariaDB share no statement that widens one, so the
-- values move to a new column that takes the old one's name.
ALTER TABLE procedure_log ADD COLUMN complication_list VARCHAR(500) DEFAULT '' NOT NULL;
UPDATE procedure_log SET complication_list = complications;
ALTER TABLE procedure_log DROP COLUMN complications;
ALTER TABLE procedure_log RENAME COLUMN complication_list TO complications;

CREATE TABLE case_log_settings (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(64)   NOT NULL,
    program_id         BIGINT        NOT NULL,
    fluoroscopy        VARCHAR(12)   NOT NULL,
    CONSTRAINT uq_case_log_settings_program UNIQUE (program_id),
    CONSTRAINT fk_case_log_settings_program FOREIGN KEY (program_id) REFERENCES program (id)
);
