using System.Text;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;

namespace FactCheckBot.Telegram;

// Answers as Telegram HTML: every piece of user and corpus text escaped, outlets in bold,
// quotes in expandable blockquotes, links only for http(s) URLs. The first reply is short (under
// ShortChars); the whole answer is packed into messages of at most 4096 characters, split between
// blocks (paragraphs), never inside one.
public static class TelegramHtml
{
    public const int MaxMessageChars = 4096;

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    // "1 passage", "3 passages".
    public static string Count(long n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    // Plain text cut to at most max characters, with an ellipsis when cut.
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Attribute(string text) => Escape(text).Replace("\"", "&quot;");

    // Under this many characters the first reply to a question stays readable on a phone.
    public const int ShortChars = 1000;

    // The whole answer, packed into messages.
    public static IReadOnlyList<string> Answer(Answer answer) => Pack(Blocks(answer));

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

    public static IEnumerable<string> Blocks(Answer answer)
    {
        foreach (var block in Lead(answer, textChars: int.MaxValue)) yield return block;
        if (answer.Status != AnswerStatus.Answered || answer.Citations.Count == 0)
        {
            foreach (var block in PlainBlocks(EarlierReview.EvidenceText(answer))) yield return block;
            yield break;
        }
        yield return OutletsLine(answer);
        foreach (var block in answer.Citations.SelectMany(Citation)) yield return block;
        if (answer.Conflicts.Count > 0)
        {
            var builder = new StringBuilder("⚠️ <b>The outlets give different figures</b>");
            foreach (var conflict in answer.Conflicts)
                builder.Append("\n• ").Append(Escape(conflict.About)).Append(": ")
                    .Append(string.Join(" · ", conflict.Values.Select(v => $"“{Escape(v.Value)}” {AnswerText.Refs(v.Citations)}")));
            yield return builder.ToString();
        }
        if (answer.Missing.Count > 0)
            yield return "❔ Not found in any source: " + Escape(string.Join(", ", answer.Missing));
    }

    private static string OutletsLine(Answer answer)
    {
        var outlets = answer.Citations.Select(c => c.Outlet).Distinct().Count();
        return $"🔎 <b>{outlets} {(outlets == 1 ? "outlet reports" : "outlets report")}</b> on this — quotes are verbatim:";
    }

    // What comes before the quotes: a moderators' correction, a note that an earlier answer is under
    // review, the model's verdict or answer, or the one-sentence summary.
    private static IEnumerable<string> Lead(Answer answer, int textChars)
    {
        if (answer.Correction is { } correction)
        {
            yield return $"🛡 <b>Corrected by moderators on {Escape(correction.At[..Math.Min(10, correction.At.Length)])}</b>";
            foreach (var block in PlainBlocks(Shorten(correction.Text, textChars))) yield return block;
            if (answer.Citations.Count > 0) yield return "<i>What the sources say:</i>";
            yield break;
        }
        if (answer.UnderReview is { } review)
            yield return $"⏳ <b>Under review</b>: moderators flagged an earlier answer to this question on {Escape(review.At[..Math.Min(10, review.At.Length)])}, " +
                         "and it is under review. The quotes below are verbatim; read them with that in mind.";
        if (answer.Status != AnswerStatus.Answered || answer.Citations.Count == 0) yield break;
        if (answer.Verdict is not null)
        {
            yield return $"⚖️ <b>Verdict: {Escape(answer.Verdict)}</b>";
            foreach (var block in PlainBlocks(Shorten(answer.Justification ?? "", textChars))) yield return block;
        }
        else if (answer.Composer is not (ExtractiveComposer.Name or "moderator"))
            foreach (var block in PlainBlocks(Shorten(answer.Text, textChars))) yield return block;
        else if (!string.IsNullOrWhiteSpace(answer.Summary))
            yield return "<b>" + Escape(Shorten(answer.Summary, Math.Min(textChars, 300))) + "</b>";
    }

    // "The Guardian" in bold; linked to the article (link: true) when it has an http(s) address.
    private static string OutletName(Citation c, bool link)
    {
        var name = "<b>" + Escape(c.Outlet) + "</b>";
        if (c.OriginalOutlet is not null) name += " (republishing <b>" + Escape(c.OriginalOutlet) + "</b>)";
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

    // A quote longer than a message (one endless sentence) continues in further blockquotes.
    private static IEnumerable<string> Citation(Citation c)
    {
        var builder = new StringBuilder();
        builder.Append("<b>[").Append(c.N).Append("] ").Append(Escape(c.Outlet)).Append("</b>");
        if (c.OriginalOutlet is not null) builder.Append(" (republishing <b>").Append(Escape(c.OriginalOutlet)).Append("</b>)");
        if (c.Published is not null) builder.Append(", ").Append(Escape(c.Published));
        builder.Append(Notes(c, "\n"));
        var chunks = PlainBlocks(c.Quote.Replace("\n\n", "\n"), max: 3000).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : "").Append("<blockquote expandable>").Append(chunks[i]).Append("</blockquote>");
            if (i == chunks.Count - 1) break;
            yield return builder.ToString();
            builder.Clear();
        }
        var title = c.Title ?? "source";
        if (HttpUrl(c.Url) is { } url)
            builder.Append("\n<a href=\"").Append(Attribute(url)).Append("\">").Append(Escape(title)).Append("</a>");
        else if (c.Title is not null)
            builder.Append("\n<i>").Append(Escape(title)).Append("</i>");
        yield return builder.ToString();
    }

    // Plain text as escaped paragraphs, each short enough to fit a message once escaped
    // (escaping can make text five times longer: & becomes &amp;).
    public static IEnumerable<string> PlainBlocks(string text, int max = 3500)
    {
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = new StringBuilder();
            foreach (var c in paragraph.Trim())
            {
                var escaped = Escape(c.ToString());
                if (piece.Length + escaped.Length > max && !char.IsLowSurrogate(c))
                {
                    var cut = piece.ToString().LastIndexOf(' ');
                    var head = cut > max / 2 ? piece.ToString(0, cut) : piece.ToString();
                    yield return head.Trim();
                    piece.Remove(0, head.Length);
                }
                piece.Append(escaped);
            }
            if (piece.ToString().Trim() is { Length: > 0 } rest) yield return rest;
        }
    }

    // Blocks are at most 3,500 characters of escaped text plus their markup, so any one fits a message.
    public static IReadOnlyList<string> Pack(IEnumerable<string> blocks, int max = MaxMessageChars, string separator = "\n\n")
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var block in blocks)
        {
            if (current.Length > 0 && current.Length + separator.Length + block.Length > max)
            {
                messages.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append(separator);
            current.Append(block);
        }
        if (current.Length > 0) messages.Add(current.ToString());
        return messages;
    }
}
