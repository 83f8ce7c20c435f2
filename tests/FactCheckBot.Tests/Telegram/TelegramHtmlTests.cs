using FactCheckBot.Answering;
using FactCheckBot.Telegram;

namespace FactCheckBot.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    private static Citation Cite(int n, string outlet, string quote, string? url = null) =>
        new(n, n, outlet, null, "Title <i>", url, "2023-05-23", quote, "Gladkov & co", true, ["claimed"], n, 0, quote.Length);

    [Fact]
    public void Corpus_and_user_text_is_escaped_and_markup_is_ours()
    {
        var answer = Answer.Answered("q", ExtractiveComposer.Name, [Cite(1, "A <b>Outlet</b>", "He said \"<script>\" & left.", "https://x.test/a?b=1&c=\"2\"")],
            [new Conflict("people injured", [new ConflictValue("<12>", [1])])], ["<Zelensky>"]) with { LogId = 5 };
        var html = string.Join("\n", TelegramHtml.Answer(answer));
        Assert.Contains("<b>[1] A &lt;b&gt;Outlet&lt;/b&gt;</b>", html);
        Assert.Contains("<blockquote expandable>He said \"&lt;script&gt;\" &amp; left.</blockquote>", html);
        Assert.Contains("<a href=\"https://x.test/a?b=1&amp;c=%222%22\">Title &lt;i&gt;</a>", html);
        Assert.Contains("🗣 Gladkov &amp; co", html);
        Assert.Contains("“&lt;12&gt;” [1]", html);
        Assert.Contains("&lt;Zelensky&gt;", html);
    }

    [Fact]
    public void Outlets_named_with_no_quote_that_answers_are_said_so()
    {
        var answer = Answer.Answered("q", ExtractiveComposer.Name, [Cite(1, "Outlet", "Quote.")]) with { OutletsWithNothing = ["RFE/RL", "A & B"] };
        Assert.Contains("❔ No quote from RFE/RL or A &amp; B answers this.", string.Join("\n", TelegramHtml.Answer(answer)));
    }

    [Fact]
    public void Only_http_links_become_anchors()
    {
        var answer = Answer.Answered("q", ExtractiveComposer.Name, [Cite(1, "Outlet", "Quote.", "javascript:alert(1)")]);
        Assert.DoesNotContain("<a ", string.Join("", TelegramHtml.Answer(answer)));
    }

    [Fact]
    public void Long_answers_are_split_between_blocks_under_4096_characters()
    {
        var citations = Enumerable.Range(1, 12).Select(i => Cite(i, $"Outlet {i}", new string('x', 550) + " & <end>")).ToList();
        var answer = Answer.Answered("q", ExtractiveComposer.Name, citations);
        var parts = TelegramHtml.Answer(answer);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramHtml.MaxMessageChars, p.Length.ToString()));
        Assert.All(parts, p => Assert.Equal(p.Split("<blockquote expandable>").Length, p.Split("</blockquote>").Length));
        Assert.Equal(12, parts.Sum(p => p.Split("<blockquote expandable>").Length - 1));
    }

    [Fact]
    public void A_quote_longer_than_a_message_continues_in_the_next_one()
    {
        var quote = string.Join(" ", Enumerable.Repeat("Ferries & <boats> were delayed by fog", 150));
        var answer = Answer.Answered("q", ExtractiveComposer.Name, [Cite(1, "Harbour Gazette", quote)]);
        var parts = TelegramHtml.Answer(answer);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramHtml.MaxMessageChars, p.Length.ToString()));
        Assert.All(parts, p => Assert.Equal(p.Split("<blockquote expandable>").Length, p.Split("</blockquote>").Length));
        var quoted = string.Concat(parts.SelectMany(p => p.Split("<blockquote expandable>").Skip(1)).Select(b => b[..b.IndexOf("</blockquote>")]));
        Assert.Equal(TelegramHtml.Escape(quote).Replace(" ", ""), quoted.Replace(" ", ""));
    }

    [Fact]
    public void A_long_plain_text_is_cut_into_escaped_pieces()
    {
        var parts = TelegramHtml.Pack(TelegramHtml.PlainBlocks(string.Join(" ", Enumerable.Repeat("a<b", 3000))));
        Assert.All(parts, p => Assert.True(p.Length <= TelegramHtml.MaxMessageChars));
        Assert.DoesNotContain("<", string.Concat(parts));
    }

    [Fact]
    public void A_long_answer_is_first_sent_short_with_one_quote_per_outlet_and_the_whole_behind_more()
    {
        var citations = Enumerable.Range(1, 6).Select(i => Cite(i, $"Outlet {(i + 1) / 2}", $"Quote {i}: " + string.Join(" ", Enumerable.Repeat("fog & ferries", 60)))).ToList();
        var answer = Answer.Answered("q", ExtractiveComposer.Name, citations) with
        {
            Summary = "Three outlets report fog & delays.",
        };
        var (first, more) = TelegramHtml.Sized(answer);
        var shortAnswer = Assert.Single(first);
        Assert.True(shortAnswer.Length <= TelegramHtml.ShortChars, shortAnswer.Length.ToString());
        Assert.StartsWith("<b>Three outlets report fog &amp; delays.</b>", shortAnswer);
        Assert.Equal(3, shortAnswer.Split("<blockquote expandable>").Length - 1);
        Assert.Contains("Quote 1:", shortAnswer);
        Assert.DoesNotContain("Quote 2:", shortAnswer);
        Assert.Equal(TelegramHtml.Answer(answer), more);
        Assert.Contains("Quote 2:", string.Concat(more!));
    }

    [Fact]
    public void A_short_answer_is_sent_whole_with_no_more()
    {
        var answer = Answer.Answered("q", ExtractiveComposer.Name, [Cite(1, "Outlet", "Fog delayed the ferries.", "https://x.test/a")]);
        var (first, more) = TelegramHtml.Sized(answer);
        Assert.Equal(TelegramHtml.Answer(answer), first);
        Assert.Null(more);
        Assert.Equal("https://x.test/a", TelegramHtml.PreviewUrl(answer));
        Assert.Null(TelegramHtml.PreviewUrl(answer with { Citations = [Cite(1, "A", "x", "https://x.test/a"), Cite(2, "B", "y", "https://y.test/b")] }));
    }

    [Fact]
    public void A_correction_comes_first_with_the_evidence_underneath_and_a_flag_is_marked_under_review()
    {
        var evidence = Answer.Answered("q", ExtractiveComposer.Name, [Cite(1, "Outlet", "Fog delayed the ferries.")], text: "quotes");
        var corrected = evidence with
        {
            Composer = "moderator", Correction = new Correction(3, 9, "2026-01-02T10:00:00.000Z", "The ferries were delayed by <fog>."),
        };
        var html = string.Join("\n", TelegramHtml.Answer(corrected));
        Assert.StartsWith("🛡 <b>Corrected by moderators on 2026-01-02</b>\n\nThe ferries were delayed by &lt;fog&gt;.", html);
        Assert.Contains("<blockquote expandable>Fog delayed the ferries.</blockquote>", html);
        var flagged = string.Join("\n", TelegramHtml.Answer(evidence with { UnderReview = new UnderReview(3, "2026-01-02T10:00:00.000Z") }));
        Assert.StartsWith("⏳ <b>Under review</b>", flagged);
        Assert.Contains("Fog delayed the ferries.", flagged);
    }
}
