using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;

namespace FactCheckBot.Answering;

public sealed record GivenPassage(int N, Candidate Passage);

public sealed record KeptSentence(string Text, IReadOnlyList<int> Cites);

public sealed record DroppedSentence(string Text, string Reason);

public sealed record CheckedText(IReadOnlyList<KeptSentence> Kept, IReadOnlyList<DroppedSentence> Dropped);

// A sentence as a model wrote it, with the passages it says it relies on.
public sealed record ModelSentence(string Text, IReadOnlyList<int> Citations);

// Whatever the model wrote, each sentence must cite passages it was given, quote them
// exactly, and name only the outlets of the passages it cites. Others are dropped.
public static partial class CitationChecker
{
    // Free text: citations are the [n] markers in each sentence.
    public static CheckedText Check(string text, IReadOnlyList<GivenPassage> given, IReadOnlyCollection<string> outlets) =>
        Check(Sentences.Split(text).Select(span => new ModelSentence(text[span.Start..span.End], [])), given, outlets);

    // Structured output: a sentence cites what it lists and any [n] marker it still carries in its text.
    // A kept sentence is shown with its markers at the end: "… evacuated [1][2]."
    public static CheckedText Check(IEnumerable<ModelSentence> sentences, IReadOnlyList<GivenPassage> given, IReadOnlyCollection<string> outlets)
    {
        var byNumber = given.ToDictionary(g => g.N);
        var kept = new List<KeptSentence>();
        var dropped = new List<DroppedSentence>();
        foreach (var sentence in sentences)
        {
            var text = sentence.Text.Trim();
            if (text.Length == 0) continue;
            var cites = sentence.Citations.Concat(Marker().Matches(text).SelectMany(m => m.Groups[1].Value.Split(','))
                .Select(n => int.Parse(n.Trim(), NumberStyles.None, CultureInfo.InvariantCulture))).Distinct().ToList();
            var reason = Problem(text, cites, byNumber, outlets);
            if (reason is null) kept.Add(new KeptSentence(WithMarkers(text, cites), cites));
            else dropped.Add(new DroppedSentence(text, reason));
        }
        return new CheckedText(kept, dropped);
    }

    private static string WithMarkers(string text, IReadOnlyList<int> cites)
    {
        var bare = Whitespace().Replace(BeforePunctuation().Replace(Marker().Replace(text, ""), ""), " ").Trim();
        var end = bare.Length;
        while (end > 0 && bare[end - 1] is '.' or '!' or '?') end--;
        return $"{bare[..end].TrimEnd()} {Refs(cites.Order())}{bare[end..]}";
    }

    private static string? Problem(string sentence, List<int> cites, Dictionary<int, GivenPassage> given, IReadOnlyCollection<string> outlets)
    {
        if (cites.Count == 0) return "cites no passage";
        var unknown = cites.Where(n => !given.ContainsKey(n)).ToList();
        if (unknown.Count > 0) return $"cites {Refs(unknown)}, which {(unknown.Count == 1 ? "was" : "were")} not given";
        var cited = cites.Select(n => given[n].Passage).ToList();
        foreach (Match quote in Quoted().Matches(sentence))
        {
            var words = Flatten(quote.Groups["q"].Value);
            if (words.Length == 0) continue;
            if (!cited.Any(p => Flatten(p.Text).Contains(words, StringComparison.Ordinal)))
                return $"quotes \"{quote.Groups["q"].Value}\", which is not in {Refs(cites)}";
        }
        var allowed = cited.SelectMany(p => NamesOf(p.Outlet).Concat(p.OriginalOutlet is null ? [] : NamesOf(p.OriginalOutlet))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outsideQuotes = Quoted().Replace(sentence, " ");
        foreach (var outlet in outlets)
            foreach (var name in NamesOf(outlet))
                if (Mentions(outsideQuotes, name) && !allowed.Contains(name))
                    return $"names {name} but cites {string.Join(", ", cited.Select(p => p.Outlet).Distinct())} in {Refs(cites)}";
        return null;
    }

    // "The Guardian" is also "Guardian"; "BBC News" also "BBC"; "FISM News" also "FISM".
    public static IEnumerable<string> NamesOf(string outlet)
    {
        yield return outlet;
        if (outlet.StartsWith("The ", StringComparison.Ordinal)) yield return outlet[4..];
        if (outlet.EndsWith(" News", StringComparison.Ordinal) && outlet.Length > 7) yield return outlet[..^5];
    }

    private static bool Mentions(string text, string name)
    {
        var at = 0;
        while ((at = text.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + name.Length >= text.Length || !char.IsLetterOrDigit(text[at + name.Length]);
            if (before && after) return true;
            at += name.Length;
        }
        return false;
    }

    // Verbatim up to whitespace and the style of quote marks and apostrophes.
    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c switch { '’' or '‘' or '`' => '\'', '“' or '”' => '"', _ => c });
        }
        return builder.ToString();
    }

    private static string Refs(IEnumerable<int> cites) => string.Concat(cites.Select(n => $"[{n}]"));

    [GeneratedRegex(@"\s+(?=[.,;:!?])")]
    private static partial Regex BeforePunctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // ASCII digits only: \d also matches "١" or "１", which int.Parse refuses.
    [GeneratedRegex(@"\[([0-9]{1,3}(?:\s*,\s*[0-9]{1,3})*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"“(?<q>[^”]{1,1000})”|""(?<q>[^""]{1,1000})""")]
    private static partial Regex Quoted();
}
