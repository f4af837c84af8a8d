-- Clinical Competency Committee review: semiannual periods, the committee's proposed levels and
-- the final levels the program director signs.

CREATE TABLE review_period (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    program_id       BIGINT        NOT NULL,
    academic_year    INT           NOT NULL,
    term             VARCHAR(8)    NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    finalised_by_id  BIGINT,
    finalised_at     DATETIME(6),
    printed_name     VARCHAR(120),
    content_hash     CHAR(64),
    CONSTRAINT uq_review_period UNIQUE (program_id, academic_year, term),
    CONSTRAINT fk_review_period_program FOREIGN KEY (program_id) REFERENCES program (id)
);

CREATE TABLE level_proposal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(64)   NOT NULL,
    period_id           BIGINT        NOT NULL,
    trainee_id          BIGINT        NOT NULL,
    subcompetency_code  VARCHAR(12)   NOT NULL,
    level               VARCHAR(4)    NOT NULL,
    rationale           VARCHAR(2000),
    CONSTRAINT uq_level_proposal UNIQUE (period_id, trainee_id, subcompetency_code),
    CONSTRAINT fk_level_proposal_period FOREIGN KEY (period_id) REFERENCES review_period (id),
    CONSTRAINT fk_level_proposal_trainee FOREIGN KEY (trainee_id) REFERENCES account (id)
);

CREATE TABLE final_level (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_id           BIGINT        NOT NULL,
    trainee_id          BIGINT        NOT NULL,
    subcompetency_code  VARCHAR(12)   NOT NULL,
    level               VARCHAR(4)    NOT NULL,
    source              VARCHAR(12)   NOT NULL,
    CONSTRAINT uq_final_level UNIQUE (period_id, trainee_id, subcompetency_code),
    CONSTRAINT fk_final_level_period FOREIGN KEY (period_id) REFERENCES review_period (id),
    CONSTRAINT fk_final_level_trainee FOREIGN KEY (trainee_id) REFERENCES account (id)
);
-- a trainee's levels over all periods (trajectory, packet)
CREATE INDEX ix_final_level_trainee ON final_level (trainee_id, period_id);

-- the committee packet reads a trainee's signed milestone answers: evaluations by program,
-- trainee and status, then their answers by evaluation (the unique key covers that)
CREATE INDEX ix_evaluation_trainee_program ON evaluation (program_id, trainee_id, status);
