-- The form a rotation's evaluations of a kind use (the EDX laboratory rates electrodiagnosis), by
-- form code, so a new published version of that form is used without choosing it again. Rotations
-- without one use the program's default form of the kind, pinned by code in evaluation_form_default
-- once a second form of the kind exists, so publishing or detaching a rotation's form never makes
-- it everyone's.
CREATE TABLE rotation_form (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    modified_at  DATETIME(6)  NOT NULL,
    modified_by  VARCHAR(64)  NOT NULL,
    program_id   BIGINT       NOT NULL,
    rotation_id  BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    form_code    VARCHAR(40)  NOT NULL,
    CONSTRAINT uq_rotation_form UNIQUE (program_id, rotation_id, kind),
    CONSTRAINT fk_rotation_form_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_rotation_form_rotation FOREIGN KEY (rotation_id) REFERENCES rotation (id)
);

CREATE TABLE evaluation_form_default (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    modified_at  DATETIME(6)  NOT NULL,
    modified_by  VARCHAR(64)  NOT NULL,
    program_id   BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    form_code    VARCHAR(40)  NOT NULL,
    CONSTRAINT uq_evaluation_form_default UNIQUE (program_id, kind),
    CONSTRAINT fk_evaluation_form_default_program FOREIGN KEY (program_id) REFERENCES program (id)
);
