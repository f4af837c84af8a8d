-- Programs, trainees' enrollments with their PGY per academic year, faculty appointments.

CREATE TABLE program (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    modified_at  DATETIME(6)  NOT NULL,
    modified_by  VARCHAR(64)  NOT NULL,
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(160) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    specialty    VARCHAR(120) NOT NULL,
    length_years INT          NOT NULL,
    active       BOOLEAN      NOT NULL,
    CONSTRAINT uq_program_code UNIQUE (code)
);

ALTER TABLE membership
    ADD CONSTRAINT fk_membership_program FOREIGN KEY (program_id) REFERENCES program (id);

CREATE TABLE enrollment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    modified_at         DATETIME(6) NOT NULL,
    modified_by         VARCHAR(64) NOT NULL,
    program_id          BIGINT      NOT NULL,
    trainee_id          BIGINT      NOT NULL,
    start_date          DATE        NOT NULL,
    expected_graduation DATE        NOT NULL,
    status              VARCHAR(16) NOT NULL,
    end_date            DATE,
    CONSTRAINT fk_enrollment_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_enrollment_trainee FOREIGN KEY (trainee_id) REFERENCES account (id)
);
-- the roster: a program's trainees by status
CREATE INDEX ix_enrollment_program_status ON enrollment (program_id, status);
CREATE INDEX ix_enrollment_trainee ON enrollment (trainee_id);

CREATE TABLE training_year (
    enrollment_id BIGINT NOT NULL,
    academic_year INT    NOT NULL,
    pgy           INT    NOT NULL,
    CONSTRAINT pk_training_year PRIMARY KEY (enrollment_id, academic_year),
    CONSTRAINT fk_training_year_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE faculty_appointment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(64)  NOT NULL,
    program_id  BIGINT       NOT NULL,
    faculty_id  BIGINT       NOT NULL,
    title       VARCHAR(120),
    start_date  DATE         NOT NULL,
    end_date    DATE,
    CONSTRAINT fk_faculty_appointment_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_faculty_appointment_faculty FOREIGN KEY (faculty_id) REFERENCES account (id)
);
CREATE INDEX ix_faculty_appointment_program ON faculty_appointment (program_id, end_date);
CREATE INDEX ix_faculty_appointment_faculty ON faculty_appointment (faculty_id);
