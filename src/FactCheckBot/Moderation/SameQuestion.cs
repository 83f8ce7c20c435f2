using System.Text.RegularExpressions;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;

namespace FactCheckBot.Moderation;

// Whether two questions close in meaning still ask about different things. Sentence vectors put
// "How many people were injured?" and "How many people were killed?" closer (0.91) than many real
// paraphrases, and a correction must not reach the wrong question. So two questions differ when they
// ask for different kinds of answer (who / how many / when / where / why / how long), or when each asks
// about something the other does not and one of those things is specific: a name (Belgorod / Kyiv,
// Gladkov / Peskov, US / Polish), a figure, or a word of the general news vocabulary, where hurt,
// injured and wounded count as one (Retrieval's Synonyms). A question that only adds or drops detail
// is the same, and so is one that adds or drops the setting every question shares (the incident's own
// words, Answering:Incident: "in Belgorod", "in the raid") — unless the other puts something of the
// same sort in its place (Kyiv for Belgorod; Kyiv or the drones for the raid).
public static partial class SameQuestion
{
    private enum Sort { Word, Name, Group }

    private sealed record Shape(string? Kind, IReadOnlyDictionary<string, Sort> Concepts);

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

    public static bool Differ(string a, string b, string? setting = null)
    {
        var (x, y) = (ShapeOf(a), ShapeOf(b));
        if (x.Kind is not null && y.Kind is not null && x.Kind != y.Kind) return true;
        var shared = setting is null ? new Dictionary<string, Sort>()
            : ShapeOf(setting).Concepts.Where(c => !char.IsDigit(c.Key[0])).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var (onlyX, onlyY) = (Own(x, y, shared), Own(y, x, shared));
        return onlyX.Count > 0 && onlyY.Count > 0 && onlyX.Concat(onlyY).Any(c => c.Value != Sort.Word);
    }

    // What the question asks about that the other does not; the setting counts only where the other names something in its place.
    private static List<KeyValuePair<string, Sort>> Own(Shape shape, Shape other, Dictionary<string, Sort> setting)
    {
        var instead = other.Concepts.Where(c => !shape.Concepts.ContainsKey(c.Key) && !setting.ContainsKey(c.Key)).Select(c => c.Value).ToList();
        return shape.Concepts.Where(c => !other.Concepts.ContainsKey(c.Key)
                && (!setting.TryGetValue(c.Key, out var sort) || (sort == Sort.Name ? instead.Contains(Sort.Name) : instead.Count > 0)))
            .ToList();
    }

    private static Shape ShapeOf(string question)
    {
        var text = Cleaned(question);
        var concepts = new Dictionary<string, Sort>(StringComparer.Ordinal);
        foreach (var (phrase, group) in Phrases)
            if (phrase.IsMatch(text))
            {
                concepts["group:" + group] = Sort.Group;
                text = phrase.Replace(text, " ");
            }
        foreach (var token in Terms.Tokenize(text))
        {
            var raw = text.Substring(token.Start, token.Length);
            var acronym = raw.Length >= 2 && raw.All(char.IsUpper);
            if (Words.TryGetValue(raw, out var group) || Stems.TryGetValue(token.Term, out group)) concepts["group:" + group] = Sort.Group;
            else if (acronym || char.IsDigit(raw[0]) || token.Capitalized && token.Start > 0) concepts[token.Term] = Sort.Name;
            else if (!StopWords.Contains(token.Term)) concepts.TryAdd(token.Term, Sort.Word);
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
