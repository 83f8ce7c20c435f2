namespace FactCheckBot.Text;

// Splits text into sentences by character offsets, so that any sentence (or run
// of sentences) can be quoted verbatim as text[Start..End].
public static class Sentences
{
    // Bump when splitting changes: sentence vectors are keyed by it and made again.
    public const int Version = 1;

    public readonly record struct Span(int Start, int End)
    {
        public int Length => End - Start;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "st", "jr", "sr", "lt", "col", "gen", "maj",
        "capt", "sgt", "cpl", "adm", "gens", "no", "nos", "vs", "inc", "ltd", "co", "corp", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
    };

    // An opening quotation mark before `at` is still open there (curly marks, or a straight one not yet closed).
    // A curly mark left open inside a phrase and never closed ("said more than 70 “Ukrainian fighters had been
    // killed", the next mark opening another quotation) is a slip of the article's, not a quotation running on;
    // one that opens a sentence or follows a colon, a comma or a reporting verb runs on whatever follows.
    public static bool QuotationOpen(string text, int at)
    {
        int closed = 0, lastOpen = -1, opened = 0;
        var straightOpen = false;
        for (var i = 0; i < at; i++)
            switch (text[i])
            {
                case '“': opened++; lastOpen = i; break;
                // "Of course, we communicate with them … we even cooperate,” Chernyak said.": a straight opening mark
                // closed by a curly one.
                case '”' when straightOpen && opened <= closed: straightOpen = false; break;
                case '”': closed++; break;
                case '"': straightOpen = !straightOpen; break;
            }
        if (straightOpen) return true;
        if (opened <= closed) return false;
        var before = text.AsSpan(0, lastOpen).TrimEnd();
        if (before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ',' or '”' || Attribution.EndsWithReportingVerb(before)) return true;
        var next = text.AsSpan(at).IndexOfAny('“', '”');
        return next >= 0 && text[at + next] == '”';
    }

    public static List<Span> Split(string text) => Split(text, 0, text.Length);

    public static List<Span> Split(string text, int start, int end)
    {
        var spans = new List<Span>();
        var lineStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '\n') continue;
            SplitLine(text, lineStart, i, spans);
            lineStart = i + 1;
        }
        return spans;
    }

    private static void SplitLine(string text, int start, int end, List<Span> spans)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…')) continue;
            var close = i + 1;
            while (close < end && text[close] is '"' or '”' or '’' or '\'' or ')' or ']' or '.' or '!' or '?')
                close++;
            if (close < end && !char.IsWhiteSpace(text[close])) continue;
            var next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next < end && !StartsSentence(text[next])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            Add(text, sentenceStart, close, spans);
            sentenceStart = close;
            i = close - 1;
        }
        Add(text, sentenceStart, end, spans);
    }

    private static bool StartsSentence(char c) =>
        !char.IsLower(c) && c is not (',' or ';' or ':' or '-' or '–' or '—' or ')' or ']');

    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var length = period - wordStart;
        if (length == 0) return false;
        // A single letter before the period is an initial or part of U.S./U.K.
        if (length == 1 && char.IsUpper(text[wordStart])) return true;
        var word = text.Substring(wordStart, length);
        return Abbreviations.Contains(word) && (char.IsUpper(word[0]) || word == "vs");
    }

    private static void Add(string text, int start, int end, List<Span> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new Span(start, end));
    }
}
