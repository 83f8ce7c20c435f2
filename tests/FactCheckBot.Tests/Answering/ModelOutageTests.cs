using System.Diagnostics;
using System.Text.Json;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;
using Xunit.Abstractions;

namespace FactCheckBot.Tests.Answering;

// A model endpoint that accepts connections and never answers: after the circuit breaker opens,
// questions are answered extractively at once, and the log and the stats say the model is unavailable.
public sealed class ModelOutageTests(ITestOutputHelper output)
{
    private static readonly string[] Questions =
    [
        "How many people were evacuated?",
        "How many people were injured in the raid?",
        "Who carried out the raid?",
        "What did Gladkov say?",
        "How many attackers were killed?",
        "What did the Freedom of Russia Legion say?",
    ];

    [Fact]
    public async Task Six_questions_to_a_hanging_model_are_answered_extractively_with_citations_without_waiting_out_each_timeout()
    {
        using var silent = new SilentServer();
        using var app = new TestApp(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = new Uri(silent.BaseUri, "v1").ToString(), ["Llm:Model"] = "hanging", ["Llm:TimeoutSeconds"] = "5",
        });
        var service = app.Get<AnswerService>();

        var clock = Stopwatch.StartNew();
        var answers = new List<Answer>();
        foreach (var question in Questions) answers.Add(await service.AskAsync(question, new Asker()));
        clock.Stop();
        output.WriteLine($"six questions against a hanging model (Llm:TimeoutSeconds 5): {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.All(answers, answer =>
        {
            Assert.Equal((AnswerStatus.Answered, ExtractiveComposer.Name), (answer.Status, answer.Composer));
            Assert.NotEmpty(answer.Citations);
        });
        // Waiting out every timeout would take 6 × 5 s or more; two timeouts open the breaker.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"six questions took {clock.Elapsed}");
        Assert.InRange(silent.Connections, 1, 2);

        using var connection = app.Get<Database>().Open();
        var traces = answers.Select(a => JsonDocument.Parse(connection.ExecuteScalar<string>(
            "SELECT llm_json FROM answers WHERE id = @LogId;", new { a.LogId })!).RootElement.Clone()).ToList();
        Assert.All(traces, trace => Assert.True(trace.GetProperty("model_unavailable").GetBoolean()));
        Assert.StartsWith("model unavailable: timed out after 5 s", traces[0].GetProperty("fallback").GetString());
        Assert.StartsWith("model unavailable: it failed repeatedly", traces[^1].GetProperty("fallback").GetString());

        Assert.Equal(6, Assert.Single(app.Get<AnswerLog>().Stats(1)).ModelUnavailable);
        var stats = await FactcheckProcess.RunAsync(app.Folder, ["--db", app.DatabasePath, "log", "stats", "--days", "1"]);
        var lines = stats.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("model unavailable", lines[0].TrimEnd());
        Assert.EndsWith(" 6", lines[^1].TrimEnd());
    }
}
