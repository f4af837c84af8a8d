-- Case-based learning modules: each version of a module file as loaded (the file itself is kept,
-- parsed on use), trainees' attempts with their answers, and each program's retake rules.
CREATE TABLE case_module (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(64)   NOT NULL,
    code               VARCHAR(60)   NOT NULL,
    module_version     INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    topic              VARCHAR(80)   NOT NULL,
    estimated_minutes  INT           NOT NULL,
    pass_mark          INT           NOT NULL,
    question_count     INT           NOT NULL,
    owner_program_id   BIGINT,
    source             MEDIUMTEXT    NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    CONSTRAINT uq_case_module UNIQUE (code, module_version),
    CONSTRAINT fk_case_module_owner FOREIGN KEY (owner_program_id) REFERENCES program (id)
);

-- The subcompetencies a module's objectives map to, so reports can join scores to them in SQL.
CREATE TABLE case_module_objective (
    module_id           BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    subcompetency_code  VARCHAR(12)   NOT NULL,
    PRIMARY KEY (module_id, seq),
    CONSTRAINT fk_case_module_objective FOREIGN KEY (module_id) REFERENCES case_module (id)
);

CREATE TABLE module_attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(64)   NOT NULL,
    module_id      BIGINT        NOT NULL,
    program_id     BIGINT        NOT NULL,
    trainee_id     BIGINT        NOT NULL,
    attempt_no     INT           NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    completed_at   DATETIME(6),
    stage_reached  INT           NOT NULL,
    score_percent  INT,
    passed         BOOLEAN,
    CONSTRAINT uq_module_attempt UNIQUE (trainee_id, module_id, attempt_no),
    CONSTRAINT fk_module_attempt_module FOREIGN KEY (module_id) REFERENCES case_module (id),
    CONSTRAINT fk_module_attempt_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_module_attempt_trainee FOREIGN KEY (trainee_id) REFERENCES account (id)
);
-- Program analytics and requirement checks read a program's attempts by module.
CREATE INDEX ix_module_attempt_program ON module_attempt (program_id, module_id);

CREATE TABLE module_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id    BIGINT        NOT NULL,
    question_key  VARCHAR(12)   NOT NULL,
    chosen        VARCHAR(40)   NOT NULL,
    correct       BOOLEAN       NOT NULL,
    answered_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_module_answer UNIQUE (attempt_id, question_key),
    CONSTRAINT fk_module_answer_attempt FOREIGN KEY (attempt_id) REFERENCES module_attempt (id)
);

CREATE TABLE module_retake_policy (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(64)   NOT NULL,
    program_id         BIGINT        NOT NULL,
    max_attempts       INT,
    wait_hours         INT           NOT NULL,
    retake_after_pass  BOOLEAN       NOT NULL,
    CONSTRAINT uq_module_retake_policy UNIQUE (program_id),
    CONSTRAINT fk_module_retake_policy_program FOREIGN KEY (program_id) REFERENCES program (id)
);

-- Modules a program requires: by the end of a year of training, by the end of the trainee's first
-- block of a rotation, or (neither) by graduation.
CREATE TABLE module_requirement (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(64)   NOT NULL,
    program_id     BIGINT        NOT NULL,
    module_code    VARCHAR(60)   NOT NULL,
    by_pgy         INT,
    rotation_id    BIGINT,
    CONSTRAINT uq_module_requirement UNIQUE (program_id, module_code),
    CONSTRAINT fk_module_requirement_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_module_requirement_rotation FOREIGN KEY (rotation_id) REFERENCES rotation (id)
);
