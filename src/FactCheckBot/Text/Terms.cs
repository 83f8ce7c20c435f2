using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace FactCheckBot.Text;

// One normalisation for the index and for questions: lower case, no diacritics,
// possessives dropped, British spellings folded to American, Porter stems.
// Whatever the index holds came out of here, so a question term matches it exactly.
public static class Terms
{
    public readonly record struct Token(int Start, int Length, string Term, bool Capitalized);

    // Bump when the normalisation changes: stored index terms are rebuilt at start.
    public const int Version = 2;

    private const int MaxCached = 500_000;
    private static int cacheSize;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words of a text are a few hundred common ones. The shared cache holds up to MaxCached words in nodes
    // spread over megabytes, and a lookup there missed the processor's caches: it was a fifth of a words-only
    // answer at 100k passages (50 candidate passages tokenized). A small table per thread, one slot per hash,
    // keeps the common words close.
    private const int RecentSlots = 4096;
    [ThreadStatic] private static (string Raw, string Term)[]? recent;

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>((end - start) / 5 + 1);
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var tokenStart = i;
            i = ScanWord(text, i, end);
            var raw = text.AsSpan(tokenStart, i - tokenStart);
            var term = Normalize(raw);
            if (term.Length > 0)
                tokens.Add(new Token(tokenStart, i - tokenStart, term, char.IsUpper(raw[0])));
        }
        return tokens;
    }

    public static string ToIndexText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var token in Tokenize(text))
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(token.Term);
        }
        return builder.ToString();
    }

    // The phrase's terms stand together, in order, among these terms.
    public static bool ContainsPhrase(string[] terms, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= terms.Length; i++)
            if (terms.AsSpan(i, phrase.Length).SequenceEqual(phrase)) return true;
        return false;
    }

    public static string[] TermsOf(string text) => TermsOf(text, 0, text.Length);

    public static string[] TermsOf(string text, int start, int end)
    {
        var tokens = Tokenize(text, start, end);
        var terms = new string[tokens.Count];
        for (var i = 0; i < terms.Length; i++) terms[i] = tokens[i].Term;
        return terms;
    }

    // A word runs over letters and digits, and over an inner apostrophe, an inner
    // period between single letters (U.S.) or a separator inside a number (1,000).
    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            var hasNext = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            if (!hasNext) break;
            if (c is '\'' or '’' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) { i++; continue; }
            if (c is ',' or '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) { i++; continue; }
            if (c == '.' && IsInitial(text, i - 1) && char.IsLetter(text[i + 1])
                && (i + 2 >= end || text[i + 2] == '.' || !char.IsLetterOrDigit(text[i + 2]))) { i++; continue; }
            break;
        }
        return i;
    }

    private static bool IsInitial(string text, int at) =>
        char.IsLetter(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '.');

    public static string Normalize(ReadOnlySpan<char> raw)
    {
        if (raw.Length == 2 && raw[0] == 'U' && raw[1] == 'S') return "usa";
        if (raw.Length == 3 && raw[0] == 'U' && raw[1] == '.' && raw[2] == 'S') return "usa";
        ref var slot = ref (recent ??= new (string, string)[RecentSlots])[string.GetHashCode(raw) & (RecentSlots - 1)];
        if (slot.Raw is { } last && raw.SequenceEqual(last)) return slot.Term;
        if (CacheBySpan.TryGetValue(raw, out var known, out var cached))
        {
            slot = (known, cached);
            return cached;
        }
        var key = raw.ToString();
        var normalized = NormalizeUncached(key);
        // ConcurrentDictionary.Count takes every lock; a plain counter bounds the cache instead.
        if (cacheSize < MaxCached && Cache.TryAdd(key, normalized)) Interlocked.Increment(ref cacheSize);
        slot = (key, normalized);
        return normalized;
    }

    private static string NormalizeUncached(string raw)
    {
        var word = raw;
        var apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe > 0)
        {
            var tail = word[(apostrophe + 1)..];
            word = tail is "s" or "S" ? word[..apostrophe] : word.Replace("'", "").Replace("’", "");
        }
        if (word.Contains('.') || word.Contains(','))
            word = char.IsDigit(word[0])
                ? word.Replace(",", "").Replace('.', 'd') // 1,000 -> 1000; 3.5 -> 3d5, never 35
                : word.Replace(".", "");
        word = word.ToLowerInvariant();
        word = WithoutDiacritics(word);
        word = Spelling.ToAmerican(word);
        return PorterStemmer.Stem(word);
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
            if (c > 127) return false;
        return true;
    }

    public static string WithoutDiacritics(string s)
    {
        if (IsAscii(s)) return s;
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // "budanow's" → "budanow", "Reuters'" → "Reuters".
    public static string WithoutPossessive(string word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2]
        : word.Length > 3 && word.EndsWith("s'", StringComparison.Ordinal) ? word[..^1] : word;
}
