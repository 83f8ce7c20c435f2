-- Sentence vectors replace passage vectors: every sentence of every passage gets one, from the local
-- model by default. Stored as signed bytes with a scale (value = scale × byte).
DROP TABLE passage_embeddings;

CREATE TABLE sentence_vectors (
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    sentence   INTEGER NOT NULL,          -- ordinal in the passage (Text/Sentences.cs)
    start      INTEGER NOT NULL,          -- offsets into the passage text
    "end"      INTEGER NOT NULL,
    model      TEXT NOT NULL,             -- the embedding model and sentence splitter it was made with
    scale      REAL NOT NULL,
    vector     BLOB NOT NULL,
    PRIMARY KEY (passage_id, sentence)
) WITHOUT ROWID;
