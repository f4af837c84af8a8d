-- Which version of each seed document has been applied (the loader is idempotent by version).

CREATE TABLE seed_import (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(64) NOT NULL,
    seed_key    VARCHAR(160) NOT NULL,
    seed_version INT        NOT NULL,
    checksum    CHAR(64)    NOT NULL,
    applied_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_seed_import_key UNIQUE (seed_key)
);
