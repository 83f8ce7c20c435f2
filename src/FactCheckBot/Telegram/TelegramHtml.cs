using System.Text;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;

namespace FactCheckBot.Telegram;

// Answers as Telegram HTML: every piece of user and corpus text escaped, outlets in bold,
// quotes in expandable blockquotes, links only for http(s) URLs. The first reply is short (under
// ShortChars); the whole answer is packed into messages of at most 4096 characters, split between
// blocks (paragraphs), never inside one.
public static partial class TelegramHtml
{
    public const int MaxMessageChars = 4096;

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Bold(string text) => "<b>" + Escape(text) + "</b>";

    // "1 passage", "3 passages".
    public static string Count(long n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    // Plain text cut to at most max characters, with an ellipsis when cut.
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Attribute(string text) => Escape(text).Replace("\"", "&quot;");

    // The whole answer, packed into messages.
    public static IReadOnlyList<string> Answer(Answer answer) => Pack(Blocks(answer));

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
        if (answer.OutletsWithNothing.Count > 0)
            yield return "❔ " + Escape(AnswerText.NothingFrom(answer.OutletsWithNothing));
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

    // A quote longer than a message (one endless sentence) continues in further blockquotes.
    private static IEnumerable<string> Citation(Citation c)
    {
        var builder = new StringBuilder();
        builder.Append(Outlets.Name($"[{c.N}] {c.Outlet}", c.OriginalOutlet, Bold));
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
