using System.Text.Json;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Moderation;

// The one set of review actions every front door calls: input checks, the log, the audit and the outbox.
public sealed class ModerationActionsTests : IDisposable
{
    private const long Moderator = 222;
    private readonly TestApp app = new(new Dictionary<string, string?>
    {
        ["Telegram:ModeratorIds:0"] = Moderator.ToString(), ["Telegram:AdminIds:0"] = "111",
    });

    public void Dispose() => app.Dispose();

    private ModerationActions Actions => app.Get<ModerationActions>();

    private async Task<Answer> Ask(string question, long? chat = 42, long? user = 42, long? message = 7) =>
        await app.Get<AnswerService>().AskAsync(question, new Asker(chat, user, null, message));

    private IReadOnlyList<Reply> Queued()
    {
        using var connection = app.Get<Database>().Open();
        return connection.Query<string>("SELECT payload FROM outbox WHERE status = 'pending' ORDER BY id;")
            .Select(p => JsonSerializer.Deserialize<Reply>(p, global::Telegram.Bot.JsonBotAPI.Options)!).ToList();
    }

    [Fact]
    public async Task A_correction_goes_to_the_asker_as_a_reply_to_their_question()
    {
        var answer = await Ask("Who carried out the raid?");
        var result = await Actions.CorrectAsync(answer.LogId, Moderator, "Two Russian paramilitary groups claimed it; Kyiv denied involvement.");
        Assert.True(result.AskerNotified);
        var reply = Assert.Single(Queued());
        Assert.Equal((42L, 7), (reply.ChatId, reply.ReplyTo));
        Assert.Contains("Moderators corrected my answer", reply.Html);
        Assert.Contains("Kyiv denied involvement.", reply.Html);
        Assert.Equal(1, app.Get<Database>().Open().ExecuteScalar<long>("SELECT count(*) FROM audit WHERE action = 'correct' AND user_id = @Moderator;", new { Moderator }));
    }

    [Fact]
    public async Task A_question_from_the_command_line_has_no_one_to_tell()
    {
        var answer = await Ask("Who carried out the raid?", chat: null, user: null, message: null);
        Assert.False((await Actions.CorrectAsync(answer.LogId, null, "Two groups claimed it.")).AskerNotified);
        Assert.Empty(Queued());
    }

    [Fact]
    public async Task A_downvote_and_a_flag_tell_every_moderator_privately_when_there_is_no_moderators_chat()
    {
        var answer = await Ask("Who carried out the raid?");
        await Actions.FeedbackAsync(answer.LogId, 42, FeedbackKind.Down, inChat: 42);
        var notices = Queued();
        Assert.Equal([111L, Moderator], notices.Select(n => n.ChatId).Order());
        Assert.All(notices, n => Assert.Contains("Who carried out the raid?", n.Html));
        Assert.All(notices, n => Assert.Equal(ButtonData.Notice(answer.LogId).InlineKeyboard.Single().Count(), n.Keyboard!.InlineKeyboard.Single().Count()));

        // A second 👎 on the same answer does not tell them again.
        await Actions.FeedbackAsync(answer.LogId, 43, FeedbackKind.Down);
        Assert.Equal(2, Queued().Count);

        await Actions.FlagAsync(answer.LogId, Moderator, "misses the Legion");
        var flagged = Queued().Skip(2).ToList();
        Assert.Equal([111L], flagged.Select(n => n.ChatId));
        Assert.Contains("misses the Legion", flagged[0].Html);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_plain_words_and_changes_nothing()
    {
        var answer = await Ask("Who carried out the raid?");
        Assert.Equal("Say why the answer is flagged, for example: wrong casualty figure.",
            (await Assert.ThrowsAsync<InputException>(() => Actions.FlagAsync(answer.LogId, Moderator, "  "))).Message);
        Assert.Contains("the limit is 3000",
            (await Assert.ThrowsAsync<InputException>(() => Actions.CorrectAsync(answer.LogId, Moderator, new string('x', 3001)))).Message);
        Assert.Contains("no answer #12345", (await Assert.ThrowsAsync<InputException>(() => Actions.ApproveAsync(12345, Moderator))).Message);
        Assert.Equal("Only moderators can review answers.",
            (await Assert.ThrowsAsync<InputException>(() => Actions.ApproveAsync(answer.LogId, 999))).Message);
        Assert.Null(app.Get<AnswerLog>().Get(answer.LogId)!.ReviewStatus);
        Assert.Empty(Queued());
    }

    [Fact]
    public async Task Forgetting_a_person_removes_their_questions_and_votes_but_keeps_the_answers()
    {
        var mine = await Ask("Who carried out the raid?");
        var theirs = await Ask("What did Gladkov say?", chat: 77, user: 77);
        await Actions.FeedbackAsync(theirs.LogId, 42, FeedbackKind.Up);
        var forgotten = app.Get<Privacy>().Forget(42);
        Assert.Equal((1L, 1L), (forgotten.Questions, forgotten.Votes));
        var entry = app.Get<AnswerLog>().Get(mine.LogId)!;
        Assert.Equal(("", null, null), (entry.Question, entry.UserId, entry.ChatId));
        Assert.NotNull(entry.ForgottenAt);
        Assert.Equal("", AnswerJson.Deserialize(entry.ResultJson).Question);
        Assert.NotEmpty(AnswerJson.Deserialize(entry.ResultJson).Citations);
        Assert.Equal("What did Gladkov say?", app.Get<AnswerLog>().Get(theirs.LogId)!.Question);
        Assert.Equal(0, app.Get<AnswerLog>().Get(theirs.LogId)!.Up);
    }

    [Fact]
    public async Task Private_questions_past_the_retention_period_lose_their_text()
    {
        using var old = new TestApp(new Dictionary<string, string?> { ["Moderation:RetentionDays"] = "30" });
        var asked = await old.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker(42, 42));
        var group = await old.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker(-100, 42));
        using (var connection = old.Get<Database>().Open())
            connection.Execute("UPDATE answers SET asked_at = '2000-01-01T00:00:00.000Z';");
        Assert.Equal(1, old.Get<Privacy>().ApplyRetention());
        Assert.Equal("", old.Get<AnswerLog>().Get(asked.LogId)!.Question);
        Assert.Equal("Who carried out the raid?", old.Get<AnswerLog>().Get(group.LogId)!.Question);
    }
}
