-- The moderators' web console: one-time sign-in links (only a hash of each token is kept) and the
-- ASP.NET Core data-protection key ring that signs its cookies, kept with the data so a sign-in
-- survives a restart.
CREATE TABLE console_links (
    id         INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,     -- SHA-256 of the token, hex
    user_id    INTEGER NOT NULL,
    role       TEXT NOT NULL,            -- moderator, admin: the role the link signs in with
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);

CREATE TABLE console_keys (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    xml      TEXT NOT NULL,
    added_at TEXT NOT NULL
);
