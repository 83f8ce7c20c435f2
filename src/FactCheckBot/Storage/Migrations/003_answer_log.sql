-- Every answer given, with the evidence behind it.
CREATE TABLE answers (
    id            INTEGER PRIMARY KEY,
    asked_at      TEXT NOT NULL,
    question      TEXT NOT NULL,
    question_key  TEXT NOT NULL,         -- normalised content terms, for matching corrections
    chat_id       INTEGER,
    user_id       INTEGER,
    update_id     INTEGER,
    status        TEXT NOT NULL,         -- answered, not_covered, rejected
    answer        TEXT NOT NULL,
    composer      TEXT NOT NULL,         -- extractive, llm, moderator
    latency_ms    REAL NOT NULL,
    evidence_json TEXT NOT NULL,         -- [{passage_id, source_id, score, coverage}]
    result_json   TEXT NOT NULL,         -- the full answer as ask --json prints it
    llm_json      TEXT                   -- raw model output, dropped sentences, tokens
);
CREATE INDEX answers_asked_at ON answers (asked_at);
CREATE INDEX answers_question_key ON answers (question_key);
CREATE UNIQUE INDEX answers_update ON answers (update_id) WHERE update_id IS NOT NULL;
