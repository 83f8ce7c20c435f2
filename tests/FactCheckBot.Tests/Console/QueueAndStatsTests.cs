using System.Net;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Console;

public sealed class QueueAndStatsTests
{
    private static async Task<long> Ask(ConsoleFactory console, string question, long? chat, long? user) =>
        (await console.Get<AnswerService>().AskAsync(question, new Asker(chat, user))).LogId;

    private static IReadOnlyList<long> Rows(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<td class=\"num\"><a href=\"/answers/(\\d+)\">").Select(m => long.Parse(m.Groups[1].Value)).ToList();

    [Fact]
    public async Task The_queue_puts_what_users_flagged_first_and_filters()
    {
        using var console = new ConsoleFactory();
        var inPrivate = await Ask(console, "Who carried out the raid?", 21, 21);
        var inGroup = await Ask(console, "How many people were injured?", -500, 22);
        var notCovered = await Ask(console, "What did Zelensky say about the raid?", 23, 23);
        var approved = await Ask(console, "How many attackers were killed?", 24, 24);
        var fromShell = await Ask(console, "Where did the attack happen?", null, null);
        var actions = console.Get<ModerationActions>();
        await actions.ApproveAsync(approved, ConsoleFactory.Moderator);
        await actions.FeedbackAsync(inGroup, 22, FeedbackKind.Down);
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);

        var queue = await browser.GetStringAsync("/");
        Assert.Equal([inGroup, notCovered, fromShell, inPrivate], Rows(queue));
        Assert.Contains("Who carried out the raid?", queue); // private chats' questions are shown to moderators here
        Assert.Contains("users asked for a look", queue);

        Assert.Equal([inGroup], Rows(await browser.GetStringAsync("/?chat=Group")));
        Assert.Equal([notCovered, inPrivate], Rows(await browser.GetStringAsync("/?chat=Private")));
        Assert.Equal([fromShell], Rows(await browser.GetStringAsync("/?chat=CommandLine")));
        Assert.Equal([notCovered], Rows(await browser.GetStringAsync("/?status=NotCovered")));
        Assert.Equal([inGroup], Rows(await browser.GetStringAsync("/?feedback=Down")));
        Assert.Equal([approved], Rows(await browser.GetStringAsync("/?show=All&review=Approved")));
        Assert.Equal(5, Rows(await browser.GetStringAsync("/?show=All")).Count);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Assert.Equal(4, Rows(await browser.GetStringAsync($"/?from={today}&to={today}")).Count);
        Assert.Empty(Rows(await browser.GetStringAsync("/?to=2000-01-01")));
        var badDate = await browser.GetAsync("/?from=yesterday");
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("dates are YYYY-MM-DD", await badDate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_queue_pages()
    {
        using var console = new ConsoleFactory(settings: new Dictionary<string, string?> { ["Console:PageSize"] = "5" });
        var ids = new List<long>();
        for (var i = 0; i < 12; i++) ids.Add(await Ask(console, $"Who carried out the raid, question {i}?", 30 + i, 30 + i));
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);

        var first = await browser.GetStringAsync("/?show=All");
        Assert.Equal(ids.AsEnumerable().Reverse().Take(5), Rows(first));
        Assert.Contains("Page 1 of 3 · 12 answers", first);
        Assert.Contains("href=\"/?p=2&amp;show=All\"", first);
        var last = await browser.GetStringAsync("/?show=All&p=3");
        Assert.Equal(ids.Take(2).Reverse(), Rows(last));
        Assert.Contains("← Newer", last);
        Assert.DoesNotContain("Older →", last);
    }

    [Fact]
    public async Task Stats_show_charts_and_download_as_csv()
    {
        using var console = new ConsoleFactory();
        await Ask(console, "Who carried out the raid?", 41, 41);
        await Ask(console, "What did Zelensky say about the raid?", 42, 42);
        await Ask(console, "What did Zelensky say about the raid??", 43, 43);
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);

        var page = await browser.GetStringAsync("/stats?days=7");
        Assert.Contains("<svg class=\"chart\"", page);
        Assert.Contains("<rect class=\"answered\"", page);
        Assert.Contains("<rect class=\"not_covered\"", page);
        Assert.Contains("Answers quoting each outlet", page);
        Assert.Contains("Latency in ms (3 answers)", page);
        Assert.Contains("Most asked questions the sources do not cover", page);
        Assert.Matches("<td class=\"num\">2</td>\\s*<td class=\"num\">2</td>", page);

        var csv = await browser.GetAsync("/stats?handler=Csv&days=7");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal("day,questions,answered,not_covered,rejected,up,down,askers", lines[0]);
        Assert.Equal(8, lines.Length);
        Assert.EndsWith(",3,1,2,0,0,0,3", lines[^1]);
        var missing = await browser.GetStringAsync("/stats?handler=NotCoveredCsv&days=7");
        Assert.Contains("2,2,", missing);
        Assert.Contains("Zelensky", missing);
    }
}
