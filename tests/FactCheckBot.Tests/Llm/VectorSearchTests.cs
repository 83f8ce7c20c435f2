using Dapper;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Llm;

// Hybrid retrieval: passages embedded into SQLite through the real SDK and a loopback server,
// fused with BM25 by reciprocal rank.
public sealed class VectorSearchTests : IAsyncLifetime
{
    private const string Question = "What caused the blaze in the Graivoron district?";
    private FakeOpenAi model = null!;

    public async Task InitializeAsync()
    {
        model = await FakeOpenAi.StartAsync();
        // "blaze" means fire: texts about fire and pipelines share one strong dimension.
        model.Embed = text =>
        {
            var vector = FakeOpenAi.HashEmbedding(text);
            if (text.Contains("fire", StringComparison.OrdinalIgnoreCase) || text.Contains("blaze", StringComparison.OrdinalIgnoreCase)) vector[0] += 50;
            return vector;
        };
    }

    public async Task DisposeAsync() => await model.DisposeAsync();

    private TestApp App(string model, string? databasePath = null) => new(new Dictionary<string, string?>
    {
        ["Llm:Endpoint"] = this.model.Endpoint.ToString(), ["Llm:EmbeddingModel"] = model, ["Llm:ApiKey"] = "k",
    }, databasePath: databasePath);

    [Fact]
    public async Task Embeddings_lift_the_passage_that_means_what_was_asked()
    {
        using var plain = new TestApp();
        var bm25Only = plain.Get<Retriever>().Retrieve(Question);

        using var app = App("embed-a");
        var nearest = await app.Get<VectorIndex>().NearestAsync(Question, 50, default);
        Assert.NotNull(nearest);
        var hybrid = app.Get<Retriever>().Retrieve(Question, nearest);

        const string fire = "which led to a small fire";
        Assert.Contains(fire, hybrid.Passages[0].Text);
        Assert.DoesNotContain(fire, bm25Only.Passages.FirstOrDefault()?.Text ?? "");
    }

    [Fact]
    public async Task Passages_are_stored_with_their_model_and_re_embedded_when_it_changes()
    {
        var folder = TempFolder.Create();
        var path = Path.Combine(folder, "shared.db");
        try
        {
            using (var first = App("embed-a", databasePath: path))
            {
                await first.Get<VectorIndex>().NearestAsync(Question, 5, default);
                using var connection = first.Get<Database>().Open();
                var passages = connection.ExecuteScalar<long>("SELECT count(*) FROM passages;");
                Assert.True(passages > 100);
                Assert.Equal(passages, connection.ExecuteScalar<long>("SELECT count(*) FROM passage_embeddings WHERE model = 'embed-a' AND dimensions = 64;"));
            }

            using var second = App("embed-b", databasePath: path);
            var calls = model.EmbeddingCalls;
            Assert.NotNull(await second.Get<VectorIndex>().NearestAsync(Question, 5, default));
            Assert.True(model.EmbeddingCalls > calls + 1);
            using var check = second.Get<Database>().Open();
            Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM passage_embeddings WHERE model <> 'embed-b';"));
            Assert.Equal(check.ExecuteScalar<long>("SELECT count(*) FROM passages;"), check.ExecuteScalar<long>("SELECT count(*) FROM passage_embeddings;"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task Passages_added_from_the_command_line_are_embedded_at_once()
    {
        var folder = TempFolder.Create();
        try
        {
            var file = Path.Combine(folder, "ferry.txt");
            await File.WriteAllTextAsync(file, "The harbour master said thick fog delayed two ferries by three hours on Friday.");
            var database = Path.Combine(folder, "cli.db");
            var result = await FactcheckProcess.RunAsync(folder, ["--db", database, "sources", "add", file, "--outlet", "Harbour Gazette"],
                environment: new Dictionary<string, string>
                {
                    ["Llm__Endpoint"] = model.Endpoint.ToString(), ["Llm__EmbeddingModel"] = "embed-a", ["Llm__ApiKey"] = "k",
                });
            Assert.Equal(0, result.ExitCode);
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
            Assert.Equal(connection.ExecuteScalar<long>("SELECT count(*) FROM passages;"),
                connection.ExecuteScalar<long>("SELECT count(*) FROM passage_embeddings WHERE model = 'embed-a';"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task Without_an_embedding_model_retrieval_is_bm25_alone()
    {
        using var app = new TestApp();
        Assert.False(app.Get<VectorIndex>().Enabled);
        Assert.Null(await app.Get<VectorIndex>().NearestAsync(Question, 5, default));
    }

    [Fact]
    public async Task A_failing_embedding_server_leaves_bm25_working()
    {
        await model.DisposeAsync();
        using var app = App("embed-a");
        Assert.Null(await app.Get<VectorIndex>().NearestAsync(Question, 5, default));
        model = await FakeOpenAi.StartAsync();
    }
}
