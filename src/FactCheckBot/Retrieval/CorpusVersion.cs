namespace FactCheckBot.Retrieval;

// What the in-memory views of the corpus (aliases, vocabulary, sentence index, passage count) are built
// from, read in one query per question: a view is rebuilt or extended only when its part changed.
public readonly record struct CorpusVersion(long Generation, long MaxPassage, long MaxVectorPassage, long MaxSource, long Aliases, long MaxAlias)
{
    // The generation in SQL: raised when a source is removed or the index rebuilt (Corpus/SourceStore.cs).
    public const string GenerationSql = "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'corpus_generation'), 0)";
}
