using FactCheckBot.Answering;

namespace FactCheckBot.WebConsole.Answers;

// A citation's quote found in its source's stored text, by the offsets the answer logged, with
// the text around it; Window is the stretch shown at once, Whole the article (for a closer look).
public sealed record QuoteInSource(string? Note, Marked? Window, Marked? Whole)
{
    private const int Around = 600;

    public static QuoteInSource Locate(Citation citation, string? sourceText)
    {
        if (sourceText is null)
            return new($"Source #{citation.SourceId} has been removed since; this is the quote as it was logged.", null, null);
        var (start, end) = (citation.Start, citation.End);
        string? note = null;
        if (start < 0 || end > sourceText.Length || start >= end || !SameText(sourceText[start..end], citation.Quote))
        {
            // Offsets that do not fit: the quote's first occurrence, if it is there at all.
            var at = sourceText.IndexOf(citation.Quote, StringComparison.Ordinal);
            if (at < 0) return new("The quote is not in the source's text as stored now; this is the quote as it was logged.", null, null);
            (start, end, note) = (at, at + citation.Quote.Length, "The logged offsets do not match the stored text; the quote is shown where it first occurs.");
        }
        var from = Snap(sourceText, Math.Max(0, start - Around), backwards: true);
        var to = Snap(sourceText, Math.Min(sourceText.Length, end + Around), backwards: false);
        var window = new Marked((from > 0 ? "…" : "") + sourceText[from..start], sourceText[start..end], sourceText[end..to] + (to < sourceText.Length ? "…" : ""));
        var whole = new Marked(sourceText[..start], sourceText[start..end], sourceText[end..]);
        return new(note, window, whole);
    }

    // Quotes are verbatim up to whitespace.
    private static bool SameText(string a, string b) =>
        string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Cuts at a word boundary so the window does not start or end inside a word.
    private static int Snap(string text, int at, bool backwards)
    {
        var limit = 40;
        while (limit-- > 0 && at > 0 && at < text.Length && !char.IsWhiteSpace(text[at])) at += backwards ? -1 : 1;
        return at;
    }
}

public sealed record Marked(string Before, string Quote, string After);
