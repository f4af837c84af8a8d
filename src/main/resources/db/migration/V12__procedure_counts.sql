-- How many entries each trainee of a program has of each procedure, in each role and status: what
-- minimums, progress and the director's dashboard are made of. Counting the entries on every request
-- read about 200,000 index entries for a 60-trainee program (193 ms on the benchmark institution);
-- this summary holds a few thousand rows for the same program.
--
-- It is kept in the same transaction as every change of an entry (submit, revise, verify, reject,
-- void, import) by ProcedureCountListener, so it never drifts from procedure_log; the integration
-- tests and the benchmark compare the two. No foreign keys: every row derives from procedure_log,
-- whose keys are checked, and the write path should not pay for them twice.
CREATE TABLE procedure_count (
    program_id        BIGINT      NOT NULL,
    trainee_id        BIGINT      NOT NULL,
    procedure_type_id BIGINT      NOT NULL,
    trainee_role      VARCHAR(20) NOT NULL,
    status            VARCHAR(12) NOT NULL,
    n                 BIGINT      NOT NULL,
    CONSTRAINT pk_procedure_count
        PRIMARY KEY (program_id, trainee_id, status, procedure_type_id, trainee_role)
);

INSERT INTO procedure_count (program_id, trainee_id, procedure_type_id, trainee_role, status, n)
SELECT program_id, trainee_id, procedure_type_id, trainee_role, status, COUNT(*)
FROM procedure_log
GROUP BY program_id, trainee_id, procedure_type_id, trainee_role, status;
