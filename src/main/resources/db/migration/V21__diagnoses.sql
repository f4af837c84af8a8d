-- Up to three diagnoses per case, each from the bundled ICD-10-CM list (issue 18). The list is
-- loaded from seed-content/coding/diagnoses.json; a code a newer list leaves out is retired, never
-- deleted. An entry's single diagnosis moves into its list of diagnoses.
CREATE TABLE diagnosis_code (
    code           VARCHAR(8)    NOT NULL PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    active         BOOLEAN       NOT NULL,
    list_version   INT           NOT NULL
);

ALTER TABLE procedure_log ADD COLUMN diagnosis_codes VARCHAR(40);
UPDATE procedure_log SET diagnosis_codes = diagnosis_code WHERE diagnosis_code IS NOT NULL;
ALTER TABLE procedure_log DROP COLUMN diagnosis_code;
