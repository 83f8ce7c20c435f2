using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Evaluation;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Answering;

// With no model configured, answers to the evaluation questions are exactly the extractive
// ones recorded in tests/eval/belgorod.extractive.jsonl (log ids aside). Regenerate the file
// deliberately with FACTCHECK_UPDATE_GOLDEN=1 dotnet test --filter ExtractiveGoldenTests.
public sealed class ExtractiveGoldenTests
{
    private static string GoldenPath => Path.Combine(RepoPaths.Root, "tests", "eval", "belgorod.extractive.jsonl");

    [Fact]
    public async Task Without_a_model_the_answers_are_the_recorded_extractive_ones()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Llm:Model"] = "", ["Llm:Endpoint"] = "" });
        var lines = new List<string>();
        foreach (var item in EvalSet.Load(Path.Combine(RepoPaths.Root, "tests", "eval", "belgorod.jsonl")))
        {
            var answer = await app.Get<AnswerService>().AskAsync(item.Question, new Asker());
            lines.Add(AnswerJson.Serialize(answer with { Id = JsonSerializer.SerializeToElement(item.Id), LogId = 0 }));
        }
        if (Environment.GetEnvironmentVariable("FACTCHECK_UPDATE_GOLDEN") == "1")
            await File.WriteAllLinesAsync(GoldenPath, lines);
        var golden = await File.ReadAllLinesAsync(GoldenPath);
        Assert.Equal(golden.Length, lines.Count);
        for (var i = 0; i < lines.Count; i++) Assert.Equal(golden[i], lines[i]);
    }
}
