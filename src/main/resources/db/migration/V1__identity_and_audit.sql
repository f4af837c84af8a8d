-- Identity: accounts, the roles they hold, API tokens; and the append-only audit trail.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.6+ (see docs/architecture.md).

CREATE TABLE account (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    modified_at         DATETIME(6)  NOT NULL,
    modified_by         VARCHAR(64)  NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    failed_sign_ins     INT          NOT NULL,
    locked_until        DATETIME(6),
    last_sign_in_at     DATETIME(6),
    password_changed_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);
-- people pickers and the administrator's list search and sort by name
CREATE INDEX ix_account_display_name ON account (display_name);

CREATE TABLE membership (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    modified_at DATETIME(6) NOT NULL,
    modified_by VARCHAR(64) NOT NULL,
    account_id  BIGINT      NOT NULL,
    program_id  BIGINT,
    role        VARCHAR(32) NOT NULL,
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_membership UNIQUE (account_id, program_id, role)
);
-- "who holds which role in this program" (team lists, authorisation by program)
CREATE INDEX ix_membership_program_role ON membership (program_id, role);

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    modified_at  DATETIME(6) NOT NULL,
    modified_by  VARCHAR(64) NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    account_id   BIGINT      NOT NULL,
    client_label VARCHAR(80),
    issued_at    DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_api_token_account ON api_token (account_id, expires_at);

CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    event_type   VARCHAR(48)  NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(32),
    subject_id   BIGINT,
    program_id   BIGINT,
    detail       VARCHAR(500),
    origin       VARCHAR(64)
);
-- the audit log lists newest first; look-ups by subject ("history of this account")
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id);
