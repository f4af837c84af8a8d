-- Evaluation forms (versioned), evaluations (the request, its draft and its signed content),
-- signatures, and anonymous feedback kept apart from whoever wrote it.

CREATE TABLE evaluation_form (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    modified_at   DATETIME(6)   NOT NULL,
    modified_by   VARCHAR(64)   NOT NULL,
    program_id    BIGINT        NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    form_version  INT           NOT NULL,
    title         VARCHAR(160)  NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    instructions  VARCHAR(2000),
    framework_id  BIGINT,
    status        VARCHAR(12)   NOT NULL,
    published_at  DATETIME(6),
    CONSTRAINT uq_evaluation_form UNIQUE (program_id, code, form_version),
    CONSTRAINT fk_evaluation_form_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_evaluation_form_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);
CREATE INDEX ix_evaluation_form_kind ON evaluation_form (program_id, kind, status);

CREATE TABLE evaluation_form_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_id            BIGINT        NOT NULL,
    seq                INT           NOT NULL,
    item_type          VARCHAR(16)   NOT NULL,
    prompt             VARCHAR(500)  NOT NULL,
    subcompetency_code VARCHAR(12),
    required           BOOLEAN       NOT NULL,
    CONSTRAINT fk_evaluation_form_item FOREIGN KEY (form_id) REFERENCES evaluation_form (id)
);

-- item numbers are not unique in the table: a draft renumbers its items when one moves, and
-- Hibernate writes those updates one row at a time
CREATE INDEX ix_evaluation_form_item ON evaluation_form_item (form_id, seq);

CREATE TABLE evaluation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    program_id        BIGINT        NOT NULL,
    form_id           BIGINT        NOT NULL,
    kind              VARCHAR(24)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    evaluator_id      BIGINT        NOT NULL,
    trainee_id        BIGINT        NOT NULL,
    about_faculty_id  BIGINT,
    rotation_id       BIGINT,
    assignment_id     BIGINT,
    procedure_log_id  BIGINT,
    period_start      DATE,
    period_end        DATE,
    due_on            DATE          NOT NULL,
    request_key       VARCHAR(80),
    requested_by_id   BIGINT,
    content_revision  INT           NOT NULL,
    amends_id         BIGINT,
    amendment_reason  VARCHAR(500),
    amended_by_id     BIGINT,
    signed_at         DATETIME(6),
    submitted_at      DATETIME(6),
    acknowledged_at   DATETIME(6),
    reminded_on       DATE,
    cancel_reason     VARCHAR(500),
    CONSTRAINT uq_evaluation_request UNIQUE (request_key),
    CONSTRAINT fk_evaluation_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_evaluation_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id),
    CONSTRAINT fk_evaluation_evaluator FOREIGN KEY (evaluator_id) REFERENCES account (id),
    CONSTRAINT fk_evaluation_trainee FOREIGN KEY (trainee_id) REFERENCES account (id),
    CONSTRAINT fk_evaluation_amends FOREIGN KEY (amends_id) REFERENCES evaluation (id)
);
CREATE INDEX ix_evaluation_evaluator ON evaluation (evaluator_id, status, due_on);
CREATE INDEX ix_evaluation_trainee ON evaluation (trainee_id, status);
CREATE INDEX ix_evaluation_program ON evaluation (program_id, status, due_on);

CREATE TABLE evaluation_answer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id  BIGINT        NOT NULL,
    item_seq       INT           NOT NULL,
    answer_value   VARCHAR(40),
    answer_text    VARCHAR(4000),
    CONSTRAINT uq_evaluation_answer UNIQUE (evaluation_id, item_seq),
    CONSTRAINT fk_evaluation_answer FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
);

-- written once when an evaluation is signed; never updated
CREATE TABLE evaluation_signature (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id     BIGINT        NOT NULL,
    content_revision  INT           NOT NULL,
    signer_id         BIGINT        NOT NULL,
    printed_name      VARCHAR(120)  NOT NULL,
    signed_at         DATETIME(6)   NOT NULL,
    meaning           VARCHAR(16)   NOT NULL,
    hash_method       VARCHAR(24)   NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    CONSTRAINT uq_evaluation_signature UNIQUE (evaluation_id, meaning),
    CONSTRAINT fk_evaluation_signature FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_evaluation_signer FOREIGN KEY (signer_id) REFERENCES account (id)
);

-- Trainees' evaluations of rotations and faculty once submitted: no author, no time, a random
-- id, so nothing joins them back to the request (and so to the trainee) that produced them.
CREATE TABLE anonymous_feedback (
    id                CHAR(36)      PRIMARY KEY,
    program_id        BIGINT        NOT NULL,
    form_id           BIGINT        NOT NULL,
    rotation_id       BIGINT,
    about_faculty_id  BIGINT,
    academic_year     INT           NOT NULL,
    CONSTRAINT fk_anonymous_feedback_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_anonymous_feedback_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id)
);
CREATE INDEX ix_anonymous_feedback ON anonymous_feedback (program_id, academic_year);

CREATE TABLE anonymous_feedback_answer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    feedback_id    CHAR(36)      NOT NULL,
    item_seq       INT           NOT NULL,
    answer_value   VARCHAR(40),
    answer_text    VARCHAR(4000),
    CONSTRAINT uq_anonymous_feedback_answer UNIQUE (feedback_id, item_seq),
    CONSTRAINT fk_anonymous_feedback_answer FOREIGN KEY (feedback_id) REFERENCES anonymous_feedback (id)
);
