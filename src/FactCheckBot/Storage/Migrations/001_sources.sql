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
    UNIQUE (source_id, ordinal)
);

-- Contentless index of normalised terms (Text/Terms.cs), rowid = passages.id.
-- SourceStore inserts the terms in the same transaction as the passage; the trigger
-- removes them when a passage goes. Contentless because it loads about 3x faster than
-- an external-content table and the terms are derived from passages.text anyway.
CREATE VIRTUAL TABLE passages_fts USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    DELETE FROM passages_fts WHERE rowid = old.id;
END;

-- Document frequency per term: tells a question term the corpus never uses.
CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row);
