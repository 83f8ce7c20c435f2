using System.Text.Json;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(folder);

    // The evaluation's temporary database must outlive the evaluation: with a model configured
    // the answers are awaited, and the folder used to be deleted while they were.
    [Fact]
    public async Task Eval_with_a_model_configured_scores_every_question()
    {
        await using var model = await FakeOpenAi.StartAsync();
        var set = Path.Combine(folder, "small.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id": "e1", "category": "single_outlet", "question": "How many people were injured in the raid?", "status": "answered"}""",
            """{"id": "e2", "category": "out_of_corpus", "question": "What did Zelensky say about the raid?", "status": "not_covered"}""",
        ]);
        var result = await FactcheckProcess.RunAsync(folder, ["eval", set, "--json"], environment: new Dictionary<string, string>
        {
            ["Llm__Endpoint"] = model.Endpoint.ToString(), ["Llm__Model"] = "fake-chat", ["Llm__TimeoutSeconds"] = "5",
        });
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        var statuses = report.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["e1"] = "answered", ["e2"] = "not_covered" }, statuses);
        Assert.NotEmpty(model.ChatRequests);
    }
}
