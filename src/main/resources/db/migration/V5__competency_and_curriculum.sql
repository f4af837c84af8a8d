-- Competency frameworks (versioned), the framework each program uses, and the curriculum:
-- rotations with objectives, the block schedule and who teaches on each rotation.

CREATE TABLE framework (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    modified_by       VARCHAR(64)   NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    framework_version INT           NOT NULL,
    name              VARCHAR(160)  NOT NULL,
    specialty         VARCHAR(120)  NOT NULL,
    description       VARCHAR(2000),
    status            VARCHAR(12)   NOT NULL,
    owner_program_id  BIGINT,
    published_at      DATETIME(6),
    CONSTRAINT uq_framework_code_version UNIQUE (code, framework_version),
    CONSTRAINT fk_framework_owner FOREIGN KEY (owner_program_id) REFERENCES program (id)
);

CREATE TABLE subcompetency (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id  BIGINT        NOT NULL,
    code          VARCHAR(12)   NOT NULL,
    competency    VARCHAR(8)    NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    display_order INT           NOT NULL,
    level_1       VARCHAR(1000) NOT NULL,
    level_2       VARCHAR(1000) NOT NULL,
    level_3       VARCHAR(1000) NOT NULL,
    level_4       VARCHAR(1000) NOT NULL,
    level_5       VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_subcompetency_code UNIQUE (framework_id, code),
    CONSTRAINT fk_subcompetency_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);

-- the framework version a program evaluates against now (one row per program)
CREATE TABLE program_framework (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    modified_at  DATETIME(6) NOT NULL,
    modified_by  VARCHAR(64) NOT NULL,
    program_id   BIGINT      NOT NULL,
    framework_id BIGINT      NOT NULL,
    CONSTRAINT uq_program_framework UNIQUE (program_id),
    CONSTRAINT fk_program_framework_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_program_framework_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
);

CREATE TABLE rotation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(64)   NOT NULL,
    program_id   BIGINT        NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    site         VARCHAR(120)  NOT NULL,
    length_weeks INT           NOT NULL,
    goals        VARCHAR(2000),
    active       BOOLEAN       NOT NULL,
    CONSTRAINT uq_rotation_code UNIQUE (program_id, code),
    CONSTRAINT fk_rotation_program FOREIGN KEY (program_id) REFERENCES program (id)
);

-- objectives in order; each names the subcompetency codes it serves ("PC4,MK1")
CREATE TABLE rotation_objective (
    rotation_id    BIGINT       NOT NULL,
    seq                 INT          NOT NULL,
    objective           VARCHAR(500) NOT NULL,
    subcompetency_codes VARCHAR(200) NOT NULL,
    CONSTRAINT pk_rotation_objective PRIMARY KEY (rotation_id, seq),
    CONSTRAINT fk_rotation_objective FOREIGN KEY (rotation_id) REFERENCES rotation (id)
);

-- the block schedule: who rotates where, from when to when
CREATE TABLE rotation_assignment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(64) NOT NULL,
    program_id  BIGINT      NOT NULL,
    rotation_id BIGINT      NOT NULL,
    trainee_id  BIGINT      NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    CONSTRAINT fk_rotation_assignment_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_rotation_assignment_rotation FOREIGN KEY (rotation_id) REFERENCES rotation (id),
    CONSTRAINT fk_rotation_assignment_trainee FOREIGN KEY (trainee_id) REFERENCES account (id)
);
-- a program's schedule by date; a trainee's rotations; a rotation's trainees (who a teacher teaches)
CREATE INDEX ix_rotation_assignment_program ON rotation_assignment (program_id, start_date);
CREATE INDEX ix_rotation_assignment_trainee ON rotation_assignment (trainee_id, start_date);
CREATE INDEX ix_rotation_assignment_rotation ON rotation_assignment (rotation_id, start_date);

-- who teaches on a rotation, from when (and until when, once they stop)
CREATE TABLE rotation_teacher (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(64) NOT NULL,
    rotation_id BIGINT      NOT NULL,
    faculty_id  BIGINT      NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE,
    CONSTRAINT fk_rotation_teacher_rotation FOREIGN KEY (rotation_id) REFERENCES rotation (id),
    CONSTRAINT fk_rotation_teacher_faculty FOREIGN KEY (faculty_id) REFERENCES account (id)
);
CREATE INDEX ix_rotation_teacher_rotation ON rotation_teacher (rotation_id);
CREATE INDEX ix_rotation_teacher_faculty ON rotation_teacher (faculty_id);
