-- Individualized learning plans: written after a finalised review from the trainee's gaps,
-- shared with the trainee, who acknowledges them; reviewed at the next review.
CREATE TABLE learning_plan (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(64)   NOT NULL,
    period_id        BIGINT        NOT NULL,
    trainee_id       BIGINT        NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    shared_at        DATETIME(6),
    acknowledged_at  DATETIME(6),
    CONSTRAINT uq_learning_plan UNIQUE (period_id, trainee_id),
    CONSTRAINT fk_learning_plan_period FOREIGN KEY (period_id) REFERENCES review_period (id),
    CONSTRAINT fk_learning_plan_trainee FOREIGN KEY (trainee_id) REFERENCES account (id)
);

CREATE TABLE learning_goal (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id             BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    source              VARCHAR(12)   NOT NULL,
    subcompetency_code  VARCHAR(12),
    goal                VARCHAR(1000) NOT NULL,
    due_on              DATE          NOT NULL,
    met                 BOOLEAN       NOT NULL,
    CONSTRAINT fk_learning_goal_plan FOREIGN KEY (plan_id) REFERENCES learning_plan (id)
);
CREATE INDEX ix_learning_goal_plan ON learning_goal (plan_id, seq);
