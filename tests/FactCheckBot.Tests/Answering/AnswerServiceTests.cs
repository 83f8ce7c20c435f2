using System.Text.Json;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Moderation;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Answering;

public sealed class AnswerServiceTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private Task<Answer> Ask(string question, Asker? asker = null) => app.Get<AnswerService>().AskAsync(question, asker ?? new Asker());

    [Fact]
    public async Task The_json_follows_the_contract()
    {
        var answer = await Ask("How many people were injured?");
        using var json = JsonDocument.Parse(AnswerJson.Serialize(answer));
        var root = json.RootElement;
        foreach (var field in new[] { "id", "question", "status", "answer", "citations", "conflicts", "missing", "log_id" })
            Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal("answered", root.GetProperty("status").GetString());
        var citation = root.GetProperty("citations")[0];
        foreach (var field in new[] { "n", "source_id", "outlet", "original_outlet", "title", "url", "published", "quote", "speaker", "hedged" })
            Assert.True(citation.TryGetProperty(field, out _), field);
        var conflict = root.GetProperty("conflicts")[0];
        Assert.Equal("people injured", conflict.GetProperty("about").GetString());
        Assert.True(conflict.GetProperty("values").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Quotes_are_verbatim_substrings_of_their_sources()
    {
        var store = app.Get<SourceStore>();
        foreach (var question in new[] { "Who carried out the raid?", "What did Gladkov say?", "Were US-made Humvees used?" })
            foreach (var c in (await Ask(question)).Citations)
                Assert.Equal(c.Quote, store.GetText(c.SourceId)![c.Start..c.End]);
    }

    [Fact]
    public async Task A_republished_article_names_its_original_outlet()
    {
        var answer = await Ask("What did the paramilitary groups tell Suspilne?");
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(("Uganda Online Media", "BBC News"), (citation.Outlet, citation.OriginalOutlet));
        Assert.Contains("republishing BBC News", answer.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData(null)]
    public async Task Empty_input_is_rejected(string? question)
    {
        var answer = await app.Get<AnswerService>().AskAsync(question, new Asker());
        Assert.Equal(AnswerStatus.Rejected, answer.Status);
        Assert.Contains("empty", answer.Text);
    }

    [Fact]
    public async Task Over_long_input_is_rejected_with_the_limit()
    {
        var answer = await Ask(new string('x', 4096));
        Assert.Equal(AnswerStatus.Rejected, answer.Status);
        Assert.Contains("the limit is 500", answer.Text);
    }

    [Fact]
    public async Task Every_answer_is_logged_with_its_evidence()
    {
        var answer = await Ask("How many attackers were killed?", new Asker(ChatId: -100, UserId: 42, UpdateId: 7));
        using var connection = app.Get<Database>().Open();
        var row = connection.QuerySingle<(string Question, long Chat, long User, string Status, string Composer, double Latency, string Evidence, string Result)>(
            "SELECT question, chat_id, user_id, status, composer, latency_ms, evidence_json, result_json FROM answers WHERE id = @id;", new { id = answer.LogId });
        Assert.Equal(("How many attackers were killed?", -100L, 42L, "answered", "extractive"), (row.Question, row.Chat, row.User, row.Status, row.Composer));
        Assert.True(row.Latency > 0);
        using var evidence = JsonDocument.Parse(row.Evidence);
        Assert.Contains(evidence.RootElement.GetProperty("passages").EnumerateArray(), p => p.GetProperty("quoted").GetBoolean());
        Assert.Equal(answer.LogId, AnswerJson.Deserialize(row.Result).LogId);
        Assert.Equal(row.Result, AnswerJson.Serialize(app.Get<AnswerService>().Answered(7)!));
    }

    [Fact]
    public async Task A_corrected_question_gets_the_moderators_answer_when_asked_again()
    {
        var first = await Ask("What is the weather in Belgorod?");
        await app.Get<ModerationActions>().CorrectAsync(first.LogId, null, "The sources say nothing about the weather.");
        var again = await Ask("what's the weather in Belgorod");
        Assert.Equal("moderator", again.Composer);
        Assert.Equal(first.LogId, again.Correction!.CorrectedLogId);
        Assert.Contains("The sources say nothing about the weather.", again.Text);
        Assert.Contains("moderator", again.Text);
        var other = await Ask("What is the weather in Kyiv?");
        Assert.NotEqual("moderator", other.Composer);
    }

    [Fact]
    public async Task Not_covered_answers_carry_no_citations()
    {
        var answer = await Ask("What is the recipe for borscht?");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Citations);
        Assert.Contains("do not", answer.Text);
    }
}
