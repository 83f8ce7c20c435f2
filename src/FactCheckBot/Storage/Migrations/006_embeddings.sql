-- Passage embeddings for hybrid retrieval, one per passage for the current embedding model
-- (a different model's vector is replaced when the passage is embedded again).
CREATE TABLE passage_embeddings (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    model      TEXT NOT NULL,
    dimensions INTEGER NOT NULL,
    vector     BLOB NOT NULL            -- float32, little-endian
);
CREATE INDEX passage_embeddings_model ON passage_embeddings (model);
