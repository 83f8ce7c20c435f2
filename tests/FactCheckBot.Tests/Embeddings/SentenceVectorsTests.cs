using Dapper;
using FactCheckBot.Corpus;
using FactCheckBot.Embeddings;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Embeddings;

// Vectors in SQLite beside their passages, made by the real local model, and the in-memory index kept in step.
public sealed class SentenceVectorsTests : IDisposable
{
    private const string Article = """
        The harbour master said thick fog delayed two ferries by three hours on Friday. Passengers waited in the terminal.

        A spokesperson for the ferry company apologised and promised refunds for every ticket.
        """;

    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private long Vectors(long sourceId)
    {
        using var connection = app.Get<Database>().Open();
        return connection.ExecuteScalar<long>("""
            SELECT count(*) FROM sentence_vectors v JOIN passages p ON p.id = v.passage_id WHERE p.source_id = @sourceId;
            """, new { sourceId });
    }

    [Fact]
    public void Adding_a_source_embeds_each_of_its_sentences()
    {
        var result = app.Get<Ingestor>().AddText(Article, "text", new SourceHints(Outlet: "Harbour Gazette"), "pasted", "test");
        Assert.Equal(3, Vectors(result.SourceId));
        using var connection = app.Get<Database>().Open();
        var row = connection.QueryFirst<(string Model, byte[] Vector)>(
            "SELECT model, vector FROM sentence_vectors v JOIN passages p ON p.id = v.passage_id WHERE p.source_id = @id;", new { id = result.SourceId });
        Assert.StartsWith(MiniLmEmbeddingGenerator.ModelId, row.Model);
        Assert.Equal(384, row.Vector.Length);
    }

    [Fact]
    public void Embedding_reports_its_progress_passage_by_passage()
    {
        var reports = new List<EmbedProgress>();
        app.Get<Ingestor>().AddText(Article, "text", new SourceHints(Outlet: "Harbour Gazette"), "pasted", "test", new Recorder(reports));
        Assert.NotEmpty(reports);
        Assert.Equal(2, reports[^1].Passages);
        Assert.Equal(reports[^1].TotalPassages, reports[^1].Passages);
        Assert.Equal(3, reports[^1].Sentences);
    }

    private sealed class Recorder(List<EmbedProgress> into) : IProgress<EmbedProgress>
    {
        public void Report(EmbedProgress value) => into.Add(value);
    }

    [Fact]
    public async Task The_index_finds_a_new_source_by_meaning_and_forgets_it_when_removed()
    {
        var index = app.Get<SentenceIndex>();
        var vectors = app.Get<SentenceVectors>();
        var probe = new SentenceIndex.Probe((await vectors.EmbedQueryAsync(["why were the boats late?"], default))![0]);
        var before = index.Nearest(probe, 1)[0];
        Assert.True(before.Similarity < 0.4, "nothing in the built-in corpus is about ferries");

        var result = app.Get<Ingestor>().AddText(Article, "text", new SourceHints(Outlet: "Harbour Gazette"), "pasted", "test");
        var found = index.Nearest(probe, 1)[0];
        Assert.Equal(result.SourceId, app.Get<PassageSearch>().ByIds([found.PassageId]).Single().SourceId);
        Assert.True(found.Similarity > before.Similarity + 0.1, $"similarity {found.Similarity} against {before.Similarity}");

        Assert.True(app.Get<SourceStore>().Remove(result.SourceId));
        Assert.Equal(0, Vectors(result.SourceId));
        Assert.DoesNotContain(index.Nearest(probe, 5), h => h.PassageId == found.PassageId);
    }

    [Fact]
    public void With_embeddings_off_nothing_is_embedded_and_questions_are_still_answered()
    {
        using var words = new TestApp(new Dictionary<string, string?> { ["Embeddings:Enabled"] = "false" });
        Assert.False(words.Get<SentenceVectors>().Enabled);
        var result = words.Get<Ingestor>().AddText(Article, "text", new SourceHints(Outlet: "Harbour Gazette"), "pasted", "test");
        using var connection = words.Get<Database>().Open();
        Assert.Equal(0, connection.ExecuteScalar<long>(
            "SELECT count(*) FROM sentence_vectors v JOIN passages p ON p.id = v.passage_id WHERE p.source_id = @id;", new { id = result.SourceId }));
        Assert.True(words.Get<Retriever>().Retrieve("How many ferries were delayed by fog?").Covered);
    }
}
