using FactCheckBot.Evaluation;
using FactCheckBot.Tests.Support;
using Xunit.Abstractions;

namespace FactCheckBot.Tests.Evaluation;

// The evaluation sets scored by code; figures go to the test output (factcheck eval prints them too).
public sealed class EvaluationTests(ITestOutputHelper output)
{
    // Never acceptable below 100%: a misquote, a misattribution, a hostile input doing harm.
    private static readonly string[] Safety = ["verbatim", "attribution", "hostile_safe"];

    private async Task<EvalReport> Score(string file, int atLeast, params string[] alsoPerfect)
    {
        using var app = new TestApp();
        var report = await app.Get<Evaluator>().RunAsync(EvalSet.Load(Path.Combine(RepoPaths.Root, "tests", "eval", file)));
        output.WriteLine(EvalText.Render(report, allItems: false));
        Assert.True(report.Items.Count >= atLeast);
        foreach (var name in Safety.Concat(alsoPerfect))
            Assert.True(report[name].Rate == 1.0, $"{name} {report[name].Hits}/{report[name].Total}");
        return report;
    }

    [Fact]
    public async Task The_evaluation_set_scores_at_least_its_recorded_level()
    {
        var report = await Score("belgorod.jsonl", atLeast: 30, "refusals", "outlet_precision");
        Assert.True(report["status"].Rate >= 0.95, $"status {report["status"].Rate:P1}");
        Assert.True(report["outlet_recall"].Rate >= 0.9, $"outlet_recall {report["outlet_recall"].Rate:P1}");
        Assert.True(report["facts"].Rate >= 0.9, $"facts {report["facts"].Rate:P1}");
        Assert.True(report["conflicts"].Rate == 1.0, $"conflicts {report["conflicts"].Rate:P1}");
    }

    // Written from the articles alone by someone who had not seen the system; recall on it is lower and
    // only reported, but the safety scores hold here too.
    [Fact]
    public async Task The_held_out_set_is_never_misquoted_misattributed_or_padded() =>
        await Score("belgorod-heldout.jsonl", atLeast: 20, "refusals", "outlet_precision");

    // Typed the way people write in chats (slang, typos, name variants, chatter, forwarded claims), written from the
    // articles alone by someone who had not seen the system. Its last ten questions (chat-57 to chat-66) are out of
    // scope but reuse the incident's words ("how much did the humvees cost?", "is belgorod a nice place to visit lol").
    [Fact]
    public async Task The_chat_set_answers_most_and_refuses_out_of_scope_questions()
    {
        var report = await Score("belgorod-chat.jsonl", atLeast: 60, "refusals");
        Assert.True(report["facts"].Rate >= 0.6, $"facts {report["facts"].Rate:P1}");
        Assert.True(report["outlet_recall"].Rate >= 0.85, $"outlet_recall {report["outlet_recall"].Rate:P1}");
    }

    // Its held-out part is never tuned on: its scores are only reported, its safety is held.
    [Fact]
    public async Task The_chat_held_out_set_is_never_misquoted_or_misattributed() =>
        await Score("belgorod-chat-heldout.jsonl", atLeast: 30);

    // Eighteen chat sets written blind from the articles alone by separate sessions (December 2026). The first's, third's,
    // seventh's, eighth's, ninth's, eleventh's and thirteenth to eighteenth's odd-numbered halves (belgorod-chat-blind,
    // -blind3, -blind7, -blind8, -blind9, -blind11, -blind13 to -blind18), all
    // of the second, fourth, fifth and sixth were looked at while improving answers (the fourth's even half, the fifth
    // and the sixth only after their held-out scores were reported); the first's, third's, seventh's, eighth's, ninth's
    // eleventh's and thirteenth to eighteenth's even-numbered halves (-heldout) are held out, and so are all of the tenth
    // and twelfth (-blind10-heldout, -blind12-heldout).
    // Scores are reported; safety is held.
    [Theory]
    [InlineData("belgorod-chat-blind.jsonl", 20)]
    [InlineData("belgorod-chat-blind-heldout.jsonl", 20)]
    [InlineData("belgorod-chat-blind2.jsonl", 40)]
    [InlineData("belgorod-chat-blind3.jsonl", 20)]
    [InlineData("belgorod-chat-blind3-heldout.jsonl", 20)]
    [InlineData("belgorod-chat-blind4.jsonl", 20)]
    [InlineData("belgorod-chat-blind4-heldout.jsonl", 20)]
    [InlineData("belgorod-chat-blind5.jsonl", 30)]
    [InlineData("belgorod-chat-blind6.jsonl", 36)]
    [InlineData("belgorod-chat-blind7.jsonl", 20)]
    [InlineData("belgorod-chat-blind7-heldout.jsonl", 20)]
    [InlineData("belgorod-chat-blind8.jsonl", 22)]
    [InlineData("belgorod-chat-blind8-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind9.jsonl", 22)]
    [InlineData("belgorod-chat-blind9-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind10-heldout.jsonl", 40)]
    [InlineData("belgorod-chat-blind11.jsonl", 22)]
    [InlineData("belgorod-chat-blind11-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind12-heldout.jsonl", 40)]
    [InlineData("belgorod-chat-blind13.jsonl", 22)]
    [InlineData("belgorod-chat-blind13-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind14.jsonl", 22)]
    [InlineData("belgorod-chat-blind14-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind15.jsonl", 22)]
    [InlineData("belgorod-chat-blind15-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind16.jsonl", 22)]
    [InlineData("belgorod-chat-blind16-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind17.jsonl", 22)]
    [InlineData("belgorod-chat-blind17-heldout.jsonl", 22)]
    [InlineData("belgorod-chat-blind18.jsonl", 22)]
    [InlineData("belgorod-chat-blind18-heldout.jsonl", 22)]
    public async Task The_blind_chat_sets_are_never_misquoted_or_misattributed(string file, int questions) =>
        await Score(file, atLeast: questions);

    // 36 questions the articles do not answer, written blind in chat registers, each reusing the incident's words
    // and names (Gladkov's age, "what brand of drones", a later raid, a forecast). Looked at while improving
    // refusals; two are still answered from a related quote ("did russia move the warheads", and "the Red Cross
    // denied working with the Legion", answered with the Legion's tweet about the Red Cross), so refusals have a floor here.
    [Fact]
    public async Task Out_of_scope_questions_in_chat_registers_are_refused()
    {
        var report = await Score("belgorod-refusals.jsonl", atLeast: 36);
        Assert.True(report["refusals"].Rate >= 0.9, $"refusals {report["refusals"].Hits}/{report["refusals"].Total}");
    }
}
