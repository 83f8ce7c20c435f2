-- FTS5 buffers new terms in memory and writes them out as a segment each time the buffer fills
-- (1 MB by default); a bulk ingest then writes many small segments that automerge keeps rewriting.
-- An 8 MB buffer writes a batch of 10,000 passages as about one segment: a replay of the ingest's
-- inserts (100k passages, 10,000 a transaction) ran at 27,400-30,100 passages/s against 22,700-24,500.
-- Queries are unaffected (the same terms, merged by optimize either way).
INSERT INTO passages_fts (passages_fts, rank) VALUES ('hashsize', 8388608);
