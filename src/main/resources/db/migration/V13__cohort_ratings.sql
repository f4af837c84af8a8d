-- The faculty milestone ratings that count toward a cohort's levels (the director's heat map): one
-- row per rating of a signed, not superseded faculty evaluation or direct observation, stored in the
-- order the heat map reads them. Reading them from the evaluations joined a program's evaluations
-- of the period with their answers and form items, one index look-up per answer (about 99 ms for a
-- 60-trainee program on the benchmark institution); here they are one range of the primary key.
--
-- Kept in the same transaction as the signature or amendment that changes them by
-- CohortRatingListener; the integration tests and the benchmark compare it with the evaluations.
-- Deleting an evaluation deletes its rows.
CREATE TABLE cohort_rating (
    program_id         BIGINT      NOT NULL,
    period_end         DATE        NOT NULL,
    evaluation_id      BIGINT      NOT NULL,
    item_seq           INT         NOT NULL,
    trainee_id         BIGINT      NOT NULL,
    subcompetency_code VARCHAR(12) NOT NULL,
    rating             VARCHAR(40) NOT NULL,
    CONSTRAINT pk_cohort_rating PRIMARY KEY (program_id, period_end, evaluation_id, item_seq),
    CONSTRAINT fk_cohort_rating_evaluation FOREIGN KEY (evaluation_id)
        REFERENCES evaluation (id) ON DELETE CASCADE
);

CREATE INDEX ix_cohort_rating_evaluation ON cohort_rating (evaluation_id);

INSERT INTO cohort_rating (program_id, period_end, evaluation_id, item_seq, trainee_id,
                           subcompetency_code, rating)
SELECT e.program_id, e.period_end, e.id, a.item_seq, e.trainee_id, fi.subcompetency_code,
       a.answer_value
FROM evaluation e
JOIN evaluation_answer a ON a.evaluation_id = e.id
JOIN evaluation_form_item fi ON fi.form_id = e.form_id AND fi.seq = a.item_seq
WHERE e.status = 'SIGNED' AND e.amended_by_id IS NULL
  AND e.kind IN ('FACULTY_OF_TRAINEE', 'DIRECT_OBSERVATION')
  AND e.period_end IS NOT NULL AND fi.item_type = 'MILESTONE' AND fi.subcompetency_code IS NOT NULL
  AND a.answer_value IS NOT NULL AND a.answer_value <> 'NYA';
