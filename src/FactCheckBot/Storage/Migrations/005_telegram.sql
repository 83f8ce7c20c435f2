-- The bot's durable state: received updates (stored before they are handled), the replies
-- waiting to be sent, group-to-supergroup migrations, granted roles and an audit trail.
CREATE TABLE bot_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE updates (
    update_id   INTEGER PRIMARY KEY,
    chat_id     INTEGER,
    payload     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending',   -- pending, done, failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    handled_at  TEXT,
    error       TEXT
);
CREATE INDEX updates_pending ON updates (status, update_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    update_id       INTEGER,
    chat_id         INTEGER NOT NULL,
    method          TEXT NOT NULL,                 -- sendMessage, editMessageText
    payload         TEXT NOT NULL,                 -- request JSON
    status          TEXT NOT NULL DEFAULT 'pending', -- pending, sent, failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    sent_message_id INTEGER,
    error           TEXT
);
CREATE INDEX outbox_pending ON outbox (status, chat_id, id);

CREATE TABLE chat_migrations (
    chat_id     INTEGER PRIMARY KEY,
    migrated_to INTEGER NOT NULL,
    at          TEXT NOT NULL
);

CREATE TABLE roles (
    user_id    INTEGER PRIMARY KEY,
    role       TEXT NOT NULL,                      -- moderator
    granted_by INTEGER,
    granted_at TEXT NOT NULL
);

CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user_id INTEGER,
    chat_id INTEGER,
    action  TEXT NOT NULL,
    allowed INTEGER NOT NULL,
    detail  TEXT
);
