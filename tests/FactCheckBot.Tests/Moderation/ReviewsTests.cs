using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Moderation;

public sealed class ReviewsTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private async Task<long> Ask(string question) => (await app.Get<AnswerService>().AskAsync(question, new Asker())).LogId;

    [Fact]
    public async Task Feedback_counts_once_per_user_and_a_second_press_changes_the_vote()
    {
        var id = await Ask("Who carried out the raid?");
        var log = app.Get<AnswerLog>();
        Assert.True(log.AddFeedback(id, 1, FeedbackKind.Down).Changed);
        Assert.False(log.AddFeedback(id, 1, FeedbackKind.Down).Changed);
        Assert.True(log.AddFeedback(id, 2, FeedbackKind.Down).Changed);
        Assert.Equal(2, log.Get(id)!.Down);
        var changed = log.AddFeedback(id, 1, FeedbackKind.Up);
        Assert.Equal((FeedbackKind.Down, FeedbackKind.Up, 1L, 1L), (changed.Before, changed.Now, changed.Up, changed.Down));
        Assert.True(log.AddFeedback(id, 1, FeedbackKind.Moderator).Changed);
        Assert.Equal((1, 1, 1), (log.Get(id)!.Up, log.Get(id)!.Down, log.Get(id)!.Moderator));
    }

    [Fact]
    public async Task The_queue_puts_answers_users_flagged_first_and_skips_reviewed_ones()
    {
        var a = await Ask("Who carried out the raid?");
        var b = await Ask("How many attackers were killed?");
        var c = await Ask("What did Gladkov say?");
        var log = app.Get<AnswerLog>();
        log.AddFeedback(c, 5, FeedbackKind.Moderator);
        Assert.Equal(c, log.Next());
        log.Review(c, ReviewStatus.Approved, null, null, 9);
        Assert.Equal(a, log.Next());
        log.Review(a, ReviewStatus.Flagged, "misses the Legion", null, 9);
        Assert.Equal(b, log.Next());
        Assert.Equal("flagged", app.Get<AnswerLog>().Get(a)!.ReviewStatus);
    }

    [Fact]
    public async Task Skipping_walks_the_queue_in_its_order_and_hides_nothing()
    {
        var a = await Ask("Who carried out the raid?");
        var b = await Ask("How many attackers were killed?");
        var c = await Ask("What did Gladkov say?");
        var d = await Ask("How many people were evacuated?");
        var log = app.Get<AnswerLog>();
        log.AddFeedback(c, 5, FeedbackKind.Down);
        Assert.Equal(c, log.Next());
        // Skipping the flagged answer goes on to the older unreviewed ones, then the newer.
        Assert.Equal(a, log.Next(after: c));
        Assert.Equal(b, log.Next(after: a));
        Assert.Equal(d, log.Next(after: b));
        Assert.Null(log.Next(after: d));
        Assert.Equal(4, log.QueueLength());
    }


    [Fact]
    public async Task Stats_count_answers_by_status_and_feedback()
    {
        var id = await Ask("Who carried out the raid?");
        await Ask("What did Zelensky say?");
        await app.Get<AnswerService>().AskAsync("", new Asker());
        app.Get<AnswerLog>().AddFeedback(id, 1, FeedbackKind.Up);
        var today = Assert.Single(app.Get<AnswerLog>().Stats(7));
        Assert.Equal((3, 1, 1, 1, 1), (today.Answers, today.Answered, today.NotCovered, today.Rejected, today.Up));
    }

    [Fact]
    public async Task Csv_export_escapes_and_defuses_formulas()
    {
        await Ask("=HYPERLINK(\"http://x\") who, \"led\" the raid?");
        using var writer = new StringWriter();
        LogExport.Csv(app.Get<AnswerLog>().Export(null), writer);
        var csv = writer.ToString();
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\") who, \"\"led\"\" the raid?\"", csv);
    }

    [Fact]
    public async Task Csv_export_keeps_negative_group_ids_as_numbers_and_defuses_a_leading_minus_in_text()
    {
        await app.Get<AnswerService>().AskAsync("-5 people were hurt?", new Asker(ChatId: -1001234567890, UserId: 42));
        using var writer = new StringWriter();
        LogExport.Csv(app.Get<AnswerLog>().Export(null), writer);
        var row = writer.ToString().Split('\n')[1];
        Assert.Contains(",-1001234567890,42,", row);
        Assert.Contains(",'-5 people were hurt?,", row);
    }

    [Fact]
    public async Task Button_feedback_counts_only_in_the_chat_the_answer_was_given_in()
    {
        var answer = await app.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker(ChatId: -100, UserId: 7));
        var log = app.Get<AnswerLog>();
        Assert.Throws<InputException>(() => log.AddFeedback(answer.LogId, 8, FeedbackKind.Down, inChat: -200));
        Assert.True(log.AddFeedback(answer.LogId, 8, FeedbackKind.Down, inChat: -100).Changed);
        Assert.Equal(1, app.Get<AnswerLog>().List(10).Single().Down);
    }

    [Fact]
    public void Stats_of_an_empty_log_are_empty() => Assert.Empty(app.Get<AnswerLog>().Stats(7));
}
