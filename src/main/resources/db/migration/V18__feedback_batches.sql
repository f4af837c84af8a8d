-- Anonymous feedback reaches the program in batches (decision 49): a response waits, unreleased,
-- until at least the batch size of new responses about the same rotation and faculty member have
-- arrived, so no release, and no difference between two reports, holds one trainee's answers.
-- What the program could already read before this release stays released.
-- Each release of a group has its own random id, so the report can tell releases apart (an item is
-- shown only from releases in which enough trainees answered it).
ALTER TABLE anonymous_feedback ADD COLUMN released_on DATE;
ALTER TABLE anonymous_feedback ADD COLUMN release_batch CHAR(36);
UPDATE anonymous_feedback SET released_on = CURRENT_DATE, release_batch = 'released-before-batches';
CREATE INDEX ix_anonymous_feedback_pending ON anonymous_feedback (released_on, program_id);

-- The answers lose their sequential id, which ordered them as they were handed in: keyed by the
-- (random) feedback id and the item, they keep no trace of when or in which order they arrived.
CREATE TABLE anonymous_feedback_item (
    feedback_id    CHAR(36)      NOT NULL,
    item_seq       INT           NOT NULL,
    answer_value   VARCHAR(40),
    answer_text    VARCHAR(4000),
    PRIMARY KEY (feedback_id, item_seq),
    CONSTRAINT fk_anonymous_feedback_item FOREIGN KEY (feedback_id) REFERENCES anonymous_feedback (id)
);
INSERT INTO anonymous_feedback_item (feedback_id, item_seq, answer_value, answer_text)
    SELECT feedback_id, item_seq, answer_value, answer_text FROM anonymous_feedback_answer;
DROP TABLE anonymous_feedback_answer;
