-- Procedure catalog, trainees' procedure logs with their verification, favourites, and the
-- programs' procedure minimums. Indexes are named after the query they serve (docs/performance.md).

CREATE TABLE procedure_category (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    modified_at   DATETIME(6)  NOT NULL,
    modified_by   VARCHAR(64)  NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    display_order INT          NOT NULL,
    CONSTRAINT uq_procedure_category_code UNIQUE (code)
);

CREATE TABLE procedure_type (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    modified_at      DATETIME(6)  NOT NULL,
    modified_by      VARCHAR(64)  NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    category_id      BIGINT       NOT NULL,
    cpt_codes        VARCHAR(120) NOT NULL,
    search_terms     VARCHAR(300) NOT NULL,
    fields           VARCHAR(120) NOT NULL,
    regions          VARCHAR(60)  NOT NULL,
    guidance_options VARCHAR(60)  NOT NULL,
    default_guidance VARCHAR(16),
    max_levels       INT          NOT NULL,
    active           BOOLEAN      NOT NULL,
    CONSTRAINT uq_procedure_type_code UNIQUE (code),
    CONSTRAINT fk_procedure_type_category FOREIGN KEY (category_id) REFERENCES procedure_category (id)
);

CREATE TABLE procedure_log (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    modified_at       DATETIME(6)  NOT NULL,
    modified_by       VARCHAR(64)  NOT NULL,
    program_id        BIGINT       NOT NULL,
    trainee_id        BIGINT       NOT NULL,
    supervisor_id     BIGINT       NOT NULL,
    procedure_type_id BIGINT       NOT NULL,
    performed_on      DATE         NOT NULL,
    trainee_role      VARCHAR(20)  NOT NULL,
    setting           VARCHAR(16)  NOT NULL,
    spine_region      VARCHAR(12),
    levels            VARCHAR(60),
    laterality        VARCHAR(12),
    guidance          VARCHAR(16),
    age_band          VARCHAR(12)  NOT NULL,
    patient_sex       VARCHAR(8)   NOT NULL,
    diagnosis_code    VARCHAR(8),
    complications     VARCHAR(200) NOT NULL,
    note              VARCHAR(500),
    status            VARCHAR(12)  NOT NULL,
    submitted_at      DATETIME(6)  NOT NULL,
    decided_at        DATETIME(6),
    decided_by        BIGINT,
    rejection_reason  VARCHAR(500),
    voided_at         DATETIME(6),
    voided_by         BIGINT,
    void_reason       VARCHAR(500),
    source            VARCHAR(8)   NOT NULL,
    idempotency_key   VARCHAR(80),
    request_hash      CHAR(64),
    CONSTRAINT fk_procedure_log_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_procedure_log_trainee FOREIGN KEY (trainee_id) REFERENCES account (id),
    CONSTRAINT fk_procedure_log_supervisor FOREIGN KEY (supervisor_id) REFERENCES account (id),
    CONSTRAINT fk_procedure_log_type FOREIGN KEY (procedure_type_id) REFERENCES procedure_type (id),
    -- a retried submission finds the first one instead of making a duplicate
    CONSTRAINT uq_procedure_log_idempotency UNIQUE (trainee_id, idempotency_key)
);
-- a trainee's own list (newest first), recent procedures, last-used defaults
CREATE INDEX ix_procedure_log_trainee ON procedure_log (trainee_id, performed_on);
-- a faculty member's verification queue
CREATE INDEX ix_procedure_log_queue ON procedure_log (supervisor_id, status, performed_on);
-- a program's list and exports by date
CREATE INDEX ix_procedure_log_program ON procedure_log (program_id, performed_on);
-- minimums: counts by trainee, procedure and role, read from the index alone
CREATE INDEX ix_procedure_log_counts ON procedure_log (program_id, status, trainee_id, procedure_type_id, trainee_role);

CREATE TABLE procedure_favourite (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    trainee_id        BIGINT      NOT NULL,
    procedure_type_id BIGINT      NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT uq_procedure_favourite UNIQUE (trainee_id, procedure_type_id),
    CONSTRAINT fk_procedure_favourite_trainee FOREIGN KEY (trainee_id) REFERENCES account (id),
    CONSTRAINT fk_procedure_favourite_type FOREIGN KEY (procedure_type_id) REFERENCES procedure_type (id)
);

CREATE TABLE procedure_minimum (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    modified_at       DATETIME(6)  NOT NULL,
    modified_by       VARCHAR(64)  NOT NULL,
    program_id        BIGINT       NOT NULL,
    label             VARCHAR(120) NOT NULL,
    category_id       BIGINT,
    procedure_type_id BIGINT,
    required_count    INT          NOT NULL,
    counted_roles     VARCHAR(80)  NOT NULL,
    display_order     INT          NOT NULL,
    CONSTRAINT fk_procedure_minimum_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_procedure_minimum_category FOREIGN KEY (category_id) REFERENCES procedure_category (id),
    CONSTRAINT fk_procedure_minimum_type FOREIGN KEY (procedure_type_id) REFERENCES procedure_type (id)
);
CREATE INDEX ix_procedure_minimum_program ON procedure_minimum (program_id, display_order);

CREATE TABLE procedure_minimum_interim (
    minimum_id       BIGINT NOT NULL,
    pgy              INT    NOT NULL,
    cumulative_count INT    NOT NULL,
    CONSTRAINT pk_procedure_minimum_interim PRIMARY KEY (minimum_id, pgy),
    CONSTRAINT fk_procedure_minimum_interim FOREIGN KEY (minimum_id) REFERENCES procedure_minimum (id)
);
