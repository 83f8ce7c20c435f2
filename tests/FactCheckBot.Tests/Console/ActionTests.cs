using System.Net;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;
using FactCheckBot.WebConsole;

namespace FactCheckBot.Tests.Console;

// The answer page's actions go through the same services as /approve, /flag, /correct and `factcheck log …`.
public sealed class ActionTests
{
    private static async Task<long> Ask(ConsoleFactory console, string question, long chat = 5, long user = 5) =>
        (await console.Get<AnswerService>().AskAsync(question, new Asker(chat, user))).LogId;

    private static Task<HttpResponseMessage> Act(HttpClient browser, long id, string handler, Dictionary<string, string>? fields = null) =>
        browser.PostFormAsync($"/answers/{id}", $"/answers/{id}?handler={handler}", fields ?? []);

    [Fact]
    public async Task Approve_flag_and_correct_are_recorded_with_the_moderator()
    {
        using var console = new ConsoleFactory();
        var id = await Ask(console, "Who carried out the raid?");
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);
        var log = console.Get<AnswerLog>();

        var approved = await Act(browser, id, "Approve");
        Assert.Equal(HttpStatusCode.Found, approved.StatusCode);
        Assert.Equal($"/answers/{id}", approved.Headers.Location!.OriginalString);
        Assert.Contains($"Approved answer #{id}.", await browser.GetStringAsync($"/answers/{id}"));
        Assert.Equal(("approved", (long?)ConsoleFactory.Moderator), (log.Get(id)!.ReviewStatus, log.Get(id)!.ReviewerId));

        Assert.Equal(HttpStatusCode.Found, (await Act(browser, id, "Flag", new() { ["Reason"] = "names the wrong legion" })).StatusCode);
        Assert.Equal(("flagged", "names the wrong legion"), (log.Get(id)!.ReviewStatus, log.Get(id)!.ReviewNote));

        Assert.Equal(HttpStatusCode.Found, (await Act(browser, id, "Correct", new() { ["Correction"] = "Two Russian volunteer groups said they did." })).StatusCode);
        Assert.Equal(("corrected", "Two Russian volunteer groups said they did."), (log.Get(id)!.ReviewStatus, log.Get(id)!.Correction));
        var page = await browser.GetStringAsync($"/answers/{id}");
        Assert.Contains($"corrected by user {ConsoleFactory.Moderator}", page);

        // A later asker of the same question gets the correction, as after /correct in Telegram.
        var later = await console.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker(6, 6));
        Assert.Equal(id, later.Correction?.CorrectedLogId);

        using var connection = console.Get<Database>().Open();
        // The same review actions as /approve, /flag and /correct, audited under the moderator's id.
        Assert.Equal(["approve", "flag", "correct"], connection.Query<string>(
            "SELECT action FROM audit WHERE user_id = @user AND detail LIKE @detail ORDER BY id;",
            new { user = ConsoleFactory.Moderator, detail = $"#{id}%" }).Where(a => a is "approve" or "flag" or "correct"));
    }

    [Fact]
    public async Task Bad_input_is_explained_on_the_page_and_the_text_stays()
    {
        using var console = new ConsoleFactory();
        var id = await Ask(console, "Who carried out the raid?");
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);

        var empty = await Act(browser, id, "Flag", new() { ["Reason"] = "   " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Say why the answer is flagged", await empty.Content.ReadAsStringAsync());

        var tooLong = new string('x', ModerationActions.MaxCorrectionChars + 1);
        var response = await Act(browser, id, "Correct", new() { ["Correction"] = tooLong });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 3000", page);
        Assert.Contains(tooLong, page);
        Assert.Null(console.Get<AnswerLog>().Get(id)!.ReviewStatus);
    }

    [Fact]
    public async Task Undo_takes_back_the_last_review()
    {
        using var console = new ConsoleFactory();
        var id = await Ask(console, "Who carried out the raid?");
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);
        await Act(browser, id, "Approve");
        await Act(browser, id, "Flag", new() { ["Reason"] = "wrong" });

        Assert.Equal(HttpStatusCode.Found, (await Act(browser, id, "Undo")).StatusCode);
        Assert.Equal("approved", console.Get<AnswerLog>().Get(id)!.ReviewStatus);
    }

    [Fact]
    public async Task A_wrong_quote_is_corrected_in_every_answer_that_used_it()
    {
        using var console = new ConsoleFactory();
        var first = await Ask(console, "How many people were injured?", chat: 11, user: 11);
        await Ask(console, "How many people were hurt in the raid?", chat: 12, user: 12);
        await Ask(console, "How many were injured in Belgorod?", chat: 11, user: 11);
        var unrelated = await Ask(console, "What did Zelensky say about the raid?", chat: 13, user: 13);
        var log = console.Get<AnswerLog>();
        var passage = AnswerJson.Deserialize(log.Get(first)!.ResultJson).Citations[0].PassageId;
        var citing = console.Get<SharedQuotes>().Citing([passage]).Select(c => c.AnswerId).ToHashSet();
        Assert.Contains(first, citing);
        Assert.True(citing.Count >= 2, "the test needs two answers quoting one passage");

        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);
        var page = await browser.GetStringAsync($"/answers/{first}");
        Assert.Contains("quoted this passage", page);
        var form = new FormUrlEncodedContent(citing.Select(id => KeyValuePair.Create("Chosen", id.ToString()))
            .Append(KeyValuePair.Create("Passage", passage.ToString()))
            .Append(KeyValuePair.Create("Correction", "The governor later said 12 people were injured."))
            .Append(KeyValuePair.Create("__RequestVerificationToken", ConsoleBrowsing.AntiforgeryToken(page))));
        var response = await browser.PostAsync($"/answers/{first}?handler=CorrectAll", form);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains($"Corrected {citing.Count} answers", await browser.GetStringAsync($"/answers/{first}"));
        foreach (var id in citing) Assert.Equal("corrected", log.Get(id)!.ReviewStatus);
        Assert.Null(log.Get(unrelated)!.ReviewStatus);

        // An answer that did not quote the passage cannot be slipped into the batch.
        page = await browser.GetStringAsync($"/answers/{first}");
        var stray = await browser.PostAsync($"/answers/{first}?handler=CorrectAll", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("Chosen", unrelated.ToString()), KeyValuePair.Create("Passage", passage.ToString()),
            KeyValuePair.Create("Correction", "x"), KeyValuePair.Create("__RequestVerificationToken", ConsoleBrowsing.AntiforgeryToken(page)),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, stray.StatusCode);
        Assert.Null(log.Get(unrelated)!.ReviewStatus);
    }

    [Fact]
    public async Task The_answer_page_shows_each_quote_inside_its_source_with_scores()
    {
        using var console = new ConsoleFactory();
        var id = await Ask(console, "How many people were injured?", chat: -100, user: 7);
        var entry = console.Get<AnswerLog>().Get(id)!;
        var citation = AnswerJson.Deserialize(entry.ResultJson).Citations[0];
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);

        var page = await browser.GetStringAsync($"/answers/{id}");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(entry.Question), page);
        Assert.Contains("group -100", page);
        Assert.Contains("<mark>" + System.Net.WebUtility.HtmlEncode(citation.Quote).Replace("&#39;", "&#x27;") + "</mark>", page);
        Assert.Contains($"passage {citation.PassageId}, characters {citation.Start}–{citation.End}", page);
        Assert.Contains("<th class=\"num\">BM25</th>", page);
        Assert.Contains("quoted</td>", page);
    }
}
