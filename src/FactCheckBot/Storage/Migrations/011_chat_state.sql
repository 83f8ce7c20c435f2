-- What the bot remembers about chats beyond updates and replies: blocked users, the next message a
-- user was asked for (an article after /addsource, a correction after the Correct button), and what
-- a "More" button under a short answer shows.
CREATE TABLE blocked_users (
    user_id    INTEGER PRIMARY KEY,
    blocked_by INTEGER,
    blocked_at TEXT NOT NULL
);

CREATE TABLE awaited_input (
    chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    kind    TEXT NOT NULL,               -- source, correction
    data    TEXT NOT NULL,               -- JSON: the source's outlet, title and date; the answer id
    until   TEXT NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);

CREATE TABLE more_pages (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL,
    parts      TEXT NOT NULL,            -- JSON array of Telegram HTML messages
    created_at TEXT NOT NULL
);
