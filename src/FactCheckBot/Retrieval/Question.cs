using System.Text.RegularExpressions;
using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// One thing a question is about, with every way the corpus may spell it.
// A name is a proper noun: when the corpus never mentions it, the question is not covered.
public sealed record Concept(string Label, string Key, IReadOnlyList<string[]> Variants, bool IsName)
{
    // The question's own words for it; a passage that uses them beats one that uses a variant.
    public string[] Own { get; init; } = [];

    // Where the concept stands in the question (character offsets).
    public int Start { get; init; }
    public int End { get; init; }
}

public sealed record Question(string Text, IReadOnlyList<Concept> Concepts, bool AsksForFigure)
{
    // Same key, same question: used to find a moderator's correction for a repeat.
    public string Key => string.Join('|', Concepts.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal));
}

public static partial class QuestionAnalyzer
{
    public static Question Analyze(string text, AliasIndex.Snapshot aliases)
    {
        // Markup typed into a chat ("<b>", "</script>") is not part of the question.
        var tokens = Terms.Tokenize(Markup().Replace(text, m => new string(' ', m.Length)))
            .Where(t => t.Length > 1 || !char.IsLetter(text[t.Start]))
            .ToList();
        var concepts = new List<Concept>();
        var i = 0;
        while (i < tokens.Count)
        {
            var alias = MatchAlias(text, tokens, i, aliases);
            if (Compound(text, tokens, i) is { } compound && compound.Length > (alias?.Length ?? 0))
            {
                concepts.Add(compound.Concept);
                i += compound.Length;
                continue;
            }
            if (alias is not null)
            {
                concepts.Add(alias.Value.Concept);
                i += alias.Value.Length;
                continue;
            }
            var token = tokens[i];
            if (StopWords.Contains(token.Term))
            {
                i++;
                continue;
            }
            if (IsNameToken(text, tokens, i))
            {
                var end = i + 1;
                while (end < tokens.Count && IsNameToken(text, tokens, end) && !StopWords.Contains(tokens[end].Term)
                       && MatchAlias(text, tokens, end, aliases) is null && Adjacent(text, tokens[end - 1], tokens[end]))
                    end++;
                var run = tokens[i..end].Select(t => t.Term).ToArray();
                var variants = new List<string[]> { run };
                if (run.Length > 1) variants.Add([run[^1]]);
                concepts.Add(new Concept(Surface(text, tokens, i, end), "name:" + string.Join(' ', run), variants, IsName: true)
                    { Start = tokens[i].Start, End = End(tokens[end - 1]), Own = OwnTerms(tokens, i, end) });
                i = end;
                continue;
            }
            concepts.Add(new Concept(Surface(text, tokens, i, i + 1), "term:" + token.Term, [[token.Term]], IsName: false)
                { Start = token.Start, End = End(token), Own = [token.Term] });
            i++;
        }
        var distinct = concepts.GroupBy(c => c.Key).Select(g => g.First()).ToList();
        return new Question(text, distinct, FigureQuestion().IsMatch(text));
    }

    private static (Concept Concept, int Length)? MatchAlias(string text, List<Terms.Token> tokens, int start, AliasIndex.Snapshot aliases)
    {
        for (var length = Math.Min(aliases.LongestPhrase, tokens.Count - start); length >= 1; length--)
        {
            var key = string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Term));
            if (length == 1 && StopWords.Contains(key)) continue;
            if (!aliases.ByPhrase.TryGetValue(key, out var group)) continue;
            var capitalized = tokens.Skip(start).Take(length).Any(t => t.Capitalized) && !(start == 0 && length == 1);
            return (new Concept(Surface(text, tokens, start, start + length), group.Key, group.Variants,
                group.IsName || (capitalized && !group.Key.StartsWith("syn:", StringComparison.Ordinal)))
                { Start = tokens[start].Start, End = End(tokens[start + length - 1]), Own = OwnTerms(tokens, start, start + length) }, length);
        }
        return null;
    }

    // "Belgorod-22", "US-made", "counter-offensive": hyphenated words are one phrase,
    // also searched written as one word ("counteroffensive").
    private static (Concept Concept, int Length)? Compound(string text, List<Terms.Token> tokens, int start)
    {
        var end = start + 1;
        while (end < tokens.Count && Hyphenated(text, tokens[end - 1], tokens[end])) end++;
        if (end - start < 2) return null;
        var run = tokens[start..end];
        var phrase = run.Select(t => t.Term).ToArray();
        var joined = Terms.Normalize(string.Concat(run.Select(t => text.AsSpan(t.Start, t.Length).ToString().Replace("’", "").Replace("'", ""))));
        var variants = new List<string[]> { phrase };
        if (joined.Length > 0 && joined.All(char.IsLetterOrDigit)) variants.Add([joined]);
        var isName = run.Any(t => t.Capitalized) && (start > 0 || run.Skip(1).Any(t => t.Capitalized));
        return (new Concept(Surface(text, tokens, start, end), (isName ? "name:" : "term:") + string.Join(' ', phrase), variants, isName)
            { Start = run[0].Start, End = End(run[^1]), Own = phrase }, end - start);
    }

    private static bool Hyphenated(string text, Terms.Token left, Terms.Token right) =>
        right.Start == left.Start + left.Length + 1 && text[left.Start + left.Length] is '-' or '‑' or '–';

    // A capitalised word is taken as a name, except the first word of the question
    // (sentence case), unless that one is written in capitals (FSB).
    private static bool IsNameToken(string text, List<Terms.Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.Capitalized || char.IsDigit(text[token.Start])) return false;
        if (i > 0) return true;
        var raw = text.AsSpan(token.Start, token.Length);
        return raw.Length > 1 && char.IsUpper(raw[1]);
    }

    private static bool Adjacent(string text, Terms.Token left, Terms.Token right)
    {
        var gap = text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length);
        return gap.Trim().IsEmpty || gap.Trim() is "-";
    }

    private static string[] OwnTerms(List<Terms.Token> tokens, int start, int end) => tokens[start..end].Select(t => t.Term).ToArray();

    private static int End(Terms.Token token) => token.Start + token.Length;

    private static string Surface(string text, List<Terms.Token> tokens, int start, int end) =>
        text[tokens[start].Start..(tokens[end - 1].Start + tokens[end - 1].Length)];

    [GeneratedRegex(@"</?[A-Za-z][^<>]{0,200}>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\bhow (many|much|large|big|long)\b|\bnumber of\b|\bfigures?\b|\btoll\b|\bcasualt|\bcount\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureQuestion();
}
