-- Feedback from chat users and moderators' reviews of answers.
CREATE TABLE feedback (
    id        INTEGER PRIMARY KEY,
    answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL,
    kind      TEXT NOT NULL,             -- up, down, moderator
    at        TEXT NOT NULL,
    UNIQUE (answer_id, user_id, kind)
);

CREATE TABLE reviews (
    answer_id   INTEGER PRIMARY KEY REFERENCES answers(id) ON DELETE CASCADE,
    status      TEXT NOT NULL,           -- approved, flagged, corrected
    note        TEXT,                    -- flag reason
    correction  TEXT,                    -- the moderator's answer
    reviewer_id INTEGER,
    reviewed_at TEXT NOT NULL
);
CREATE INDEX reviews_status ON reviews (status);
