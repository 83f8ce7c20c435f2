using FactCheckBot.Answering;
using FactCheckBot.Moderation;

namespace FactCheckBot.Telegram;

// The first reply to a question, under ShortChars: the first line, then one quote per outlet; the whole
// answer goes behind a "More" button.
public static partial class TelegramHtml
{
    // Under this many characters the first reply to a question stays readable on a phone.
    public const int ShortChars = 1000;

    // The first reply to a question: the whole answer when it is short, otherwise a short one (the first
    // line, then one quote per outlet) with the whole answer to go behind a "More" button.
    public static (IReadOnlyList<string> First, IReadOnlyList<string>? More) Sized(Answer answer)
    {
        var whole = Answer(answer);
        return whole is [{ Length: <= ShortChars }] ? (whole, null) : ([Short(answer)], whole);
    }

    public static string Short(Answer answer)
    {
        var blocks = Lead(answer, textChars: 400).ToList();
        if (answer.Status == AnswerStatus.Answered && answer.Citations.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(answer.Summary) && answer.Verdict is null && answer.Composer is ExtractiveComposer.Name or "moderator")
                blocks.Add(OutletsLine(answer));
            // Each outlet shown gets room for a readable quote; the others are behind "More".
            var used = blocks.Sum(b => b.Length + 2);
            var room = ShortChars - 60 - used;
            var outlets = answer.Citations.GroupBy(c => c.Outlet).Select(g => g.First()).Take(Math.Max(1, room / 220)).ToList();
            var link = PreviewUrl(answer) is not null;
            var share = room / outlets.Count;
            foreach (var c in outlets)
            {
                var head = $"{OutletName(c, link)}{Notes(c, " · ")}\n<blockquote expandable>";
                var left = share - head.Length - "</blockquote>".Length - 2;
                if (left < 60) break;
                var block = head + EscapedShort(c.Quote, left) + "</blockquote>";
                blocks.Add(block);
                used += block.Length + 2;
            }
            if (answer.Conflicts.Count > 0 && used + 110 < ShortChars)
                blocks.Add("⚠️ Different figures: " + Escape(Shorten(string.Join(", ", answer.Conflicts.Select(c => c.About)), 80)));
        }
        else
        {
            blocks.AddRange(PlainBlocks(Shorten(EarlierReview.EvidenceText(answer), ShortChars - blocks.Sum(b => b.Length + 2) - 20)));
        }
        return string.Join("\n\n", blocks);
    }

    // "The Guardian" in bold; linked to the article (link: true) when it has an http(s) address.
    private static string OutletName(Citation c, bool link)
    {
        var name = Outlets.Name(c.Outlet, c.OriginalOutlet, Bold);
        return link && HttpUrl(c.Url) is { } url ? $"<a href=\"{Attribute(url)}\">{name}</a>" : name;
    }

    // The text escaped and cut at a word so that the escaped text is at most max characters.
    private static string EscapedShort(string text, int max)
    {
        var escaped = Escape(Shorten(text, max));
        for (var n = max; escaped.Length > max && n > 10; n -= Math.Max(1, (escaped.Length - max) / 2))
            escaped = Escape(Shorten(text, n));
        return escaped;
    }

    private static string Notes(Citation c, string lead)
    {
        var notes = new List<string>();
        if (c.Speaker is not null) notes.Add("🗣 " + Escape(c.Speaker));
        if (c.Hedged) notes.Add("hedged: " + string.Join(", ", c.HedgeTerms.Select(t => $"“{Escape(t)}”")));
        return notes.Count == 0 ? "" : lead + "<i>" + string.Join(" · ", notes) + "</i>";
    }

    // The link a preview may show: the article, when the answer cites a single source that has one.
    public static string? PreviewUrl(Answer answer) =>
        answer.Citations.Select(c => c.SourceId).Distinct().Count() == 1 ? HttpUrl(answer.Citations[0].Url) : null;

    private static string? HttpUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    // Text cut at a word to at most max characters, with an ellipsis when cut.
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1));
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
