-- Name variants: every variant of a name is searched when any of them is asked about.
CREATE TABLE aliases (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    variant  TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (name COLLATE NOCASE, variant COLLATE NOCASE)
);
