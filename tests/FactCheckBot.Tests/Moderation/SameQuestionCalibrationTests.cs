using System.Numerics.Tensors;
using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Embeddings;
using FactCheckBot.Moderation;
using FactCheckBot.Tests.Support;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace FactCheckBot.Tests.Moderation;

// The pairs Moderation:CorrectionSimilarity was calibrated on (tests/eval/same-question.jsonl), scored with
// the real model as Corrections scores them: no correction may reach a different question, and most
// paraphrases must get it. The table is printed.
public sealed class SameQuestionCalibrationTests(ITestOutputHelper output)
{
    private sealed record Pair(string Asked, string Later, bool Same);

    [Fact]
    public async Task No_different_question_matches_and_most_paraphrases_do()
    {
        using var app = new TestApp(seed: false);
        var vectors = app.Get<SentenceVectors>();
        var threshold = app.Get<IOptions<ModerationOptions>>().Value.CorrectionSimilarity;
        var setting = app.Get<IOptions<AnsweringOptions>>().Value.Incident;
        var pairs = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "eval", "same-question.jsonl"))
            .Select(line => JsonSerializer.Deserialize<Pair>(line, AnswerJson.Options)!).ToList();
        var (paraphrases, wrong) = (0, 0);
        foreach (var pair in pairs)
        {
            var v = (await vectors.EmbedQueryAsync([SameQuestion.Cleaned(pair.Asked), SameQuestion.Cleaned(pair.Later)], default))!;
            var cosine = TensorPrimitives.Dot(v[0], v[1]);
            var differ = SameQuestion.Differ(pair.Asked, pair.Later, setting);
            var match = cosine >= threshold && !differ;
            if (match && pair.Same) paraphrases++;
            if (match && !pair.Same) wrong++;
            output.WriteLine($"{cosine:0.000} {(differ ? "differ" : "      ")} {(pair.Same ? "same" : "other")} {(match ? "match" : "     ")}  {pair.Asked} | {pair.Later}");
        }
        output.WriteLine($"paraphrases matched {paraphrases}/{pairs.Count(p => p.Same)}; other questions matched {wrong}/{pairs.Count(p => !p.Same)}");
        Assert.Equal(0, wrong);
        Assert.True(paraphrases >= 15, $"{paraphrases} paraphrases matched");
    }
}
