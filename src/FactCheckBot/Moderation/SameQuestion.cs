using System.Text.RegularExpressions;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;

namespace FactCheckBot.Moderation;

// Whether two questions close in meaning still ask about different things. Sentence vectors put
// "How many people were injured?" and "How many people were killed?" closer (0.91) than many real
// paraphrases, and a correction must not reach the wrong question. So two questions differ when they
// ask for different kinds of answer (who / how many / when / where / why / how long), or when each asks
// about something the other does not and one of those things is specific: a name (Belgorod / Kyiv,
// Gladkov / Peskov, US / Polish) or a word of the general news vocabulary, where hurt, injured and
// wounded count as one (Retrieval's Synonyms). A question that only adds or drops detail is the same.
public static partial class SameQuestion
{
    // Concepts: a name or vocabulary group (specific: true), or any other content word by its stem.
    private sealed record Shape(string? Kind, IReadOnlyDictionary<string, bool> Concepts);

    // A trigger word as typed, else its stem where only one group has it ("attack" is a raid, "attackers" attackers).
    private static readonly Dictionary<string, string> Words = Synonyms.Rules
        .SelectMany(rule => rule.Triggers.Where(t => !t.Contains(' ')).Select(t => (Word: t, rule.Name)))
        .GroupBy(t => t.Word).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Stems = Words
        .GroupBy(w => Terms.Normalize(w.Key)).Where(g => g.Select(w => w.Value).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static readonly (Regex Phrase, string Group)[] Phrases = Synonyms.Rules
        .SelectMany(rule => rule.Triggers.Where(t => t.Contains(' ')).Select(t => (new Regex($@"\b{Regex.Escape(t)}\b", RegexOptions.IgnoreCase), rule.Name)))
        .ToArray();

    // The text as it is embedded and compared: chatter, slang and stray symbols out (ChatText).
    public static string Cleaned(string question) => ChatText.Clean(question);

    public static bool Differ(string a, string b)
    {
        var (x, y) = (ShapeOf(a), ShapeOf(b));
        if (x.Kind is not null && y.Kind is not null && x.Kind != y.Kind) return true;
        var (onlyX, onlyY) = (Own(x, y), Own(y, x));
        return onlyX.Count > 0 && onlyY.Count > 0 && (onlyX.Any(c => c.Value) || onlyY.Any(c => c.Value));
    }

    private static List<KeyValuePair<string, bool>> Own(Shape shape, Shape other) =>
        shape.Concepts.Where(c => !other.Concepts.ContainsKey(c.Key)).ToList();

    private static Shape ShapeOf(string question)
    {
        var text = Cleaned(question);
        var concepts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (phrase, group) in Phrases)
            if (phrase.IsMatch(text))
            {
                concepts["group:" + group] = true;
                text = phrase.Replace(text, " ");
            }
        foreach (var token in Terms.Tokenize(text))
        {
            var raw = text.Substring(token.Start, token.Length);
            var acronym = raw.Length >= 2 && raw.All(char.IsUpper);
            if (Words.TryGetValue(raw, out var group) || Stems.TryGetValue(token.Term, out group)) concepts["group:" + group] = true;
            else if (acronym || !StopWords.Contains(token.Term))
                concepts[token.Term] = concepts.GetValueOrDefault(token.Term) || acronym || char.IsDigit(raw[0]) || token.Capitalized && token.Start > 0;
        }
        return new Shape(Kind(text), concepts);
    }

    private static string? Kind(string text)
    {
        var match = KindWords().Match(text);
        if (!match.Success) return null;
        var words = match.Value.ToLowerInvariant();
        return words switch
        {
            _ when words.StartsWith("how long", StringComparison.Ordinal) => "duration",
            _ when words.StartsWith("how", StringComparison.Ordinal) || words.Contains("number", StringComparison.Ordinal) => "count",
            _ when words.StartsWith("who", StringComparison.Ordinal) => "who",
            _ when words.StartsWith("where", StringComparison.Ordinal) => "where",
            _ when words.StartsWith("why", StringComparison.Ordinal) || words.EndsWith("for", StringComparison.Ordinal) => "why",
            _ => "when",
        };
    }

    [GeneratedRegex(@"^\W*(how\s+long|how\s+many|how\s+much|what(?:\s+is|\s+was|'s)?\s+the\s+number|whom?|whose|where|why|what\s+for|when|what\s+(?:time|date|day))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex KindWords();
}
