-- Sources and their passages, with an FTS5 index over normalised terms.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    outlet          TEXT NOT NULL,
    original_outlet TEXT,
    title           TEXT,
    author          TEXT,
    url             TEXT,
    published       TEXT,                -- YYYY-MM-DD
    kind            TEXT NOT NULL,       -- text, markdown, html
    origin          TEXT NOT NULL,       -- where it came from: a file name, a URL, "telegram"
    text            TEXT NOT NULL,       -- cleaned text; passage offsets point into it
    content_hash    TEXT NOT NULL UNIQUE,
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL
);

CREATE TABLE passages (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    terms        TEXT NOT NULL,          -- Terms.ToIndexText(text)
    UNIQUE (source_id, ordinal)
);

-- External-content index over passages.terms; the triggers keep it in sync.
CREATE VIRTUAL TABLE passages_fts USING fts5(
    terms,
    content = 'passages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts (rowid, terms) VALUES (new.id, new.terms);
END;

CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
END;

CREATE TRIGGER passages_au AFTER UPDATE OF terms ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
    INSERT INTO passages_fts (rowid, terms) VALUES (new.id, new.terms);
END;

-- Document frequency per term: tells a question term the corpus never uses.
CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row);
