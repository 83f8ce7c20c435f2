-- The moderation loop. Every review action is kept, so the last one on an answer can be undone;
-- `reviews` (each answer's current review) becomes a view of the latest action not undone.
-- One vote per user per answer. The asker's message is remembered, so a correction can reply to it.
-- A question can be forgotten (its text and who asked go; the evidence stays). The vectors of
-- reviewed questions let later questions in other words find the correction or the flag.
CREATE TABLE review_actions (
    id          INTEGER PRIMARY KEY,
    answer_id   INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    status      TEXT NOT NULL,           -- approved, flagged, corrected
    note        TEXT,                    -- flag reason
    correction  TEXT,                    -- the moderator's answer
    reviewer_id INTEGER,                 -- NULL: the command line
    at          TEXT NOT NULL,
    undone_at   TEXT,
    undone_by   INTEGER
);
CREATE INDEX review_actions_answer ON review_actions (answer_id, id);

INSERT INTO review_actions (answer_id, status, note, correction, reviewer_id, at)
SELECT answer_id, status, note, correction, reviewer_id, reviewed_at FROM reviews ORDER BY reviewed_at, answer_id;

DROP TABLE reviews;

CREATE VIEW reviews AS
SELECT x.answer_id, x.status, x.note, x.correction, x.reviewer_id, x.at AS reviewed_at
FROM review_actions x
WHERE x.undone_at IS NULL
  AND x.id = (SELECT max(y.id) FROM review_actions y WHERE y.answer_id = x.answer_id AND y.undone_at IS NULL);

-- Of an up and a down by one user on one answer, the later stays.
DELETE FROM feedback
WHERE kind IN ('up', 'down')
  AND EXISTS (SELECT 1 FROM feedback g WHERE g.answer_id = feedback.answer_id AND g.user_id = feedback.user_id
                  AND g.kind IN ('up', 'down') AND g.id > feedback.id);
CREATE UNIQUE INDEX feedback_one_vote ON feedback (answer_id, user_id) WHERE kind IN ('up', 'down');
CREATE INDEX feedback_user ON feedback (user_id);

ALTER TABLE answers ADD COLUMN message_id INTEGER;     -- the asker's message in chat_id
ALTER TABLE answers ADD COLUMN forgotten_at TEXT;      -- question text and ids removed (/forget, retention)
CREATE INDEX answers_user ON answers (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE question_vectors (
    answer_id INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
    model     TEXT NOT NULL,
    vector    BLOB NOT NULL              -- float32, little-endian, L2-normalised
);
