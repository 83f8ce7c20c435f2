using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Embeddings;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Embeddings;

// Llm:EmbeddingModel puts an OpenAI-compatible endpoint (here a loopback server) in the local model's place.
public sealed class RemoteEmbeddingsTests : IAsyncLifetime
{
    private FakeOpenAi model = null!;

    public async Task InitializeAsync() => model = await FakeOpenAi.StartAsync();

    public async Task DisposeAsync() => await model.DisposeAsync();

    private TestApp App(string embeddingModel, string? databasePath = null) => new(new Dictionary<string, string?>
    {
        ["Llm:Endpoint"] = model.Endpoint.ToString(), ["Llm:EmbeddingModel"] = embeddingModel, ["Llm:ApiKey"] = "k",
    }, databasePath: databasePath);

    private static long Count(TestApp app, string where)
    {
        using var connection = app.Get<Database>().Open();
        return connection.ExecuteScalar<long>($"SELECT count(*) FROM sentence_vectors WHERE {where};");
    }

    [Fact]
    public async Task A_configured_endpoint_embeds_the_corpus_and_the_questions()
    {
        using var app = App("embed-a");
        Assert.True(model.EmbeddingCalls > 0);
        Assert.True(Count(app, "model LIKE 'embed-a/%'") > 100);
        Assert.Equal(0, Count(app, "model NOT LIKE 'embed-a/%'"));
        var calls = model.EmbeddingCalls;
        var answer = await app.Get<AnswerService>().AskAsync("How many people were injured?", new Asker());
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(calls + 1, model.EmbeddingCalls);
    }

    [Fact]
    public void Changing_the_model_embeds_everything_again()
    {
        var folder = TempFolder.Create();
        var path = Path.Combine(folder, "shared.db");
        try
        {
            long first;
            using (var a = App("embed-a", path)) first = Count(a, "model LIKE 'embed-a/%'");
            using var b = App("embed-b", path);
            Assert.Equal(first, Count(b, "model LIKE 'embed-b/%'"));
            Assert.Equal(0, Count(b, "model NOT LIKE 'embed-b/%'"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task A_failing_endpoint_leaves_answers_on_words()
    {
        using var app = App("embed-a");
        await model.DisposeAsync();
        var answer = await app.Get<AnswerService>().AskAsync("How many people were injured?", new Asker());
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 people injured"));
        model = await FakeOpenAi.StartAsync();
    }
}
