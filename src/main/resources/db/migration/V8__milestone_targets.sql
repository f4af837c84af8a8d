-- Target milestone levels a program sets: by year of training and review term, for every
-- subcompetency ('*') or one; where none is set, the default path to level 4 by graduation holds.
CREATE TABLE milestone_target (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(64)   NOT NULL,
    program_id          BIGINT        NOT NULL,
    subcompetency_code  VARCHAR(12)   NOT NULL,
    training_year       INT           NOT NULL,
    term                VARCHAR(8)    NOT NULL,
    level               VARCHAR(4)    NOT NULL,
    CONSTRAINT uq_milestone_target UNIQUE (program_id, subcompetency_code, training_year, term),
    CONSTRAINT fk_milestone_target_program FOREIGN KEY (program_id) REFERENCES program (id)
);
