-- Minimums by CPT code (issue 18): a standard may count the cases whose primary code is one of a
-- set. The procedure_count summary is kept per primary code too ('' for an entry not coded), so
-- the minimums report still reads only the summary; entries coded at start-up by CodingBackfill
-- move from '' to their code through the same listener that keeps every other change.
ALTER TABLE procedure_minimum ADD COLUMN cpt_codes VARCHAR(300);

ALTER TABLE procedure_count ADD COLUMN primary_code VARCHAR(12) DEFAULT '' NOT NULL;
ALTER TABLE procedure_count DROP PRIMARY KEY;
ALTER TABLE procedure_count ADD CONSTRAINT pk_procedure_count
    PRIMARY KEY (program_id, trainee_id, status, procedure_type_id, trainee_role, primary_code);
