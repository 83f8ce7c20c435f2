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
    public async Task Feedback_counts_once_per_user_and_kind()
    {
        var id = await Ask("Who carried out the raid?");
        var reviews = app.Get<Reviews>();
        Assert.True(reviews.AddFeedback(id, 1, FeedbackKind.Down));
        Assert.False(reviews.AddFeedback(id, 1, FeedbackKind.Down));
        Assert.True(reviews.AddFeedback(id, 2, FeedbackKind.Down));
        Assert.Equal(2, app.Get<LogBook>().Get(id)!.Down);
    }

    [Fact]
    public async Task The_queue_puts_answers_users_flagged_first_and_skips_reviewed_ones()
    {
        var a = await Ask("Who carried out the raid?");
        var b = await Ask("How many attackers were killed?");
        var c = await Ask("What did Gladkov say?");
        var reviews = app.Get<Reviews>();
        reviews.AddFeedback(c, 5, FeedbackKind.Moderator);
        Assert.Equal(c, reviews.Next());
        reviews.Approve(c, 9);
        Assert.Equal(a, reviews.Next());
        reviews.Flag(a, 9, "misses the Legion");
        Assert.Equal(b, reviews.Next());
        Assert.Equal("flagged", app.Get<LogBook>().Get(a)!.ReviewStatus);
    }

    [Fact]
    public async Task Skipping_walks_the_queue_in_its_order_and_hides_nothing()
    {
        var a = await Ask("Who carried out the raid?");
        var b = await Ask("How many attackers were killed?");
        var c = await Ask("What did Gladkov say?");
        var d = await Ask("How many people were evacuated?");
        var reviews = app.Get<Reviews>();
        reviews.AddFeedback(c, 5, FeedbackKind.Down);
        Assert.Equal(c, reviews.Next());
        // Skipping the flagged answer goes on to the older unreviewed ones, then the newer.
        Assert.Equal(a, reviews.Next(after: c));
        Assert.Equal(b, reviews.Next(after: a));
        Assert.Equal(d, reviews.Next(after: b));
        Assert.Null(reviews.Next(after: d));
        Assert.Equal(4, reviews.QueueLength());
    }

    [Fact]
    public void Reviewing_an_unknown_answer_is_refused() =>
        Assert.Contains("no answer #12345", Assert.Throws<InputException>(() => app.Get<Reviews>().Approve(12345, 1)).Message);

    [Fact]
    public async Task A_flag_needs_a_reason_and_a_correction_needs_text()
    {
        var id = await Ask("Who carried out the raid?");
        Assert.Throws<InputException>(() => app.Get<Reviews>().Flag(id, 1, "  "));
        Assert.Throws<InputException>(() => app.Get<Reviews>().Correct(id, 1, ""));
        Assert.Null(app.Get<LogBook>().Get(id)!.ReviewStatus);
    }

    [Fact]
    public async Task Stats_count_answers_by_status_and_feedback()
    {
        var id = await Ask("Who carried out the raid?");
        await Ask("What did Zelensky say?");
        await app.Get<AnswerService>().AskAsync("", new Asker());
        app.Get<Reviews>().AddFeedback(id, 1, FeedbackKind.Up);
        var today = Assert.Single(app.Get<Reviews>().Stats(7));
        Assert.Equal((3, 1, 1, 1, 1), (today.Answers, today.Answered, today.NotCovered, today.Rejected, today.Up));
    }

    [Fact]
    public async Task Csv_export_escapes_and_defuses_formulas()
    {
        await Ask("=HYPERLINK(\"http://x\") who, \"led\" the raid?");
        using var writer = new StringWriter();
        LogExport.Csv(app.Get<LogBook>().Export(null), writer);
        var csv = writer.ToString();
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\") who, \"\"led\"\" the raid?\"", csv);
    }

    [Fact]
    public async Task Csv_export_keeps_negative_group_ids_as_numbers_and_defuses_a_leading_minus_in_text()
    {
        await app.Get<AnswerService>().AskAsync("-5 people were hurt?", new Asker(ChatId: -1001234567890, UserId: 42));
        using var writer = new StringWriter();
        LogExport.Csv(app.Get<LogBook>().Export(null), writer);
        var row = writer.ToString().Split('\n')[1];
        Assert.Contains(",-1001234567890,42,", row);
        Assert.Contains(",'-5 people were hurt?,", row);
    }

    [Fact]
    public async Task Button_feedback_counts_only_in_the_chat_the_answer_was_given_in()
    {
        var answer = await app.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker(ChatId: -100, UserId: 7));
        var reviews = app.Get<Reviews>();
        Assert.Throws<InputException>(() => reviews.AddFeedback(answer.LogId, 8, FeedbackKind.Down, inChat: -200));
        Assert.True(reviews.AddFeedback(answer.LogId, 8, FeedbackKind.Down, inChat: -100));
        Assert.Equal(1, app.Get<LogBook>().List(10).Single().Down);
    }

    [Fact]
    public void Stats_of_an_empty_log_are_empty() => Assert.Empty(app.Get<Reviews>().Stats(7));
}
