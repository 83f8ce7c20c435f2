using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheckBot.Text;

// Counts in a quote, tied to what was counted and what happened to it:
// "70 attackers were killed" -> ("attackers killed", "70"). Each count is a range,
// so "more than 70" and "70" agree while "several" and "12" do not.
public static partial class Figures
{
    public sealed record Figure(string About, string Value, double Low, double High);

    private static readonly Dictionary<string, string> NounClasses = Classes(
        ("people", "people civilian civilians resident residents woman women man men child children person persons others villagers"),
        ("attackers", "attackers attacker fighters fighter militants insurgents saboteurs terrorists raiders gunmen members"),
        ("soldiers", "soldiers soldier troops servicemen guards personnel officers"),
        ("armoured vehicles", "vehicles vehicle carriers"),
        ("trucks", "trucks truck pickups"),
        ("tanks", "tanks tank"),
        ("humvees", "humvees humvee"));

    private static readonly Dictionary<string, string> EventClasses = Classes(
        ("killed", "killed died dead deaths death liquidated eliminated killing kill"),
        ("injured", "wounded injured hurt injuring wounding"),
        ("evacuated", "evacuated evacuate evacuation"),
        ("destroyed", "destroyed destroying"),
        ("captured", "captured capture capturing seized seize detained arrested"));

    private static readonly Dictionary<string, (double Low, double High)> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = (1, 1), ["an"] = (1, 1), ["one"] = (1, 1), ["two"] = (2, 2), ["three"] = (3, 3), ["four"] = (4, 4),
        ["five"] = (5, 5), ["six"] = (6, 6), ["seven"] = (7, 7), ["eight"] = (8, 8), ["nine"] = (9, 9), ["ten"] = (10, 10),
        ["eleven"] = (11, 11), ["twelve"] = (12, 12), ["fifteen"] = (15, 15), ["twenty"] = (20, 20), ["thirty"] = (30, 30),
        ["forty"] = (40, 40), ["fifty"] = (50, 50), ["hundred"] = (100, 100), ["dozen"] = (12, 12),
        ["dozens"] = (24, 99), ["hundreds"] = (200, 999), ["thousands"] = (2000, 99_999), ["several"] = (3, 9),
        ["few"] = (2, 5), ["couple"] = (2, 2),
    };

    // A word that gives a count: digits (not a year) or a number word ("eight", "several", "hundreds").
    public static bool IsCount(string word) =>
        word.ToLowerInvariant() is var lower && lower is not ("a" or "an") && Count(lower.Trim('’', '\'')) is not null;

    // What a word says happened to those counted: "died" → killed, "hurt" → injured; null for other words.
    public static string? EventOf(string word) => EventClasses.GetValueOrDefault(word.ToLowerInvariant());

    // "Hundreds" of people: a vague plural takes "of" before what it counts.
    // "a" civilian killed is one person killed.
    public static string Phrase(string value, string about)
    {
        if (value.ToLowerInvariant() is "a" or "an" or "one")
            return about.StartsWith("people ", StringComparison.Ordinal) ? $"one person {about[7..]}" : $"one {about}";
        return VaguePlural().IsMatch(value) ? $"{char.ToLowerInvariant(value[0])}{value[1..]} of {about}" : $"{value} {about}";
    }

    [GeneratedRegex(@"(?i)\b(dozens|hundreds|thousands|millions)$")]
    private static partial Regex VaguePlural();

    // A word for an act that shares its stem with those who do it ("attack", "attackers").
    public static bool NamesAnAct(string word) => word.ToLowerInvariant() is "attack" or "attacks" or "attacked" or "attacking";

    // A noun figures count ("civilian", "fighters"), not an event ("attack").
    public static bool IsCountedNoun(string word) => NounClasses.ContainsKey(word.ToLowerInvariant());

    // The nouns counted alike: "attackers" also "fighters", "militants" …; a noun of no class, itself.
    public static IEnumerable<string> SameClass(string noun) =>
        NounClasses.TryGetValue(noun.ToLowerInvariant(), out var cls) ? NounClasses.Where(p => p.Value == cls).Select(p => p.Key) : [noun];

    public static IReadOnlyList<Figure> Extract(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var lower = words.Select(w => w.ToLowerInvariant().Trim('’', '\'')).ToList();
        var figures = new List<Figure>();
        for (var i = 0; i < lower.Count; i++)
        {
            if (Count(lower[i]) is not { } range) continue;
            if (lower[i] is "a" or "an" && (i + 1 >= lower.Count || !NounClasses.ContainsKey(lower[i + 1]))) continue;
            var noun = FindNoun(lower, i + 1);
            if (noun is null) continue;
            var happened = FindEvent(lower, noun.Value.Index + 1, forward: true) ?? FindEvent(lower, i - 1, forward: false);
            if (happened is null) continue;
            var (modifier, modifierStart) = Modifier(lower, i);
            var value = string.Join(' ', words.Skip(modifierStart).Take(i - modifierStart + 1));
            var (low, high) = Apply(modifier, range);
            figures.Add(new Figure($"{noun.Value.Class} {happened}", value, low, high));
        }
        return figures;
    }

    private static (double Low, double High)? Count(string word)
    {
        if (Words.TryGetValue(word, out var range)) return range;
        var digits = word.Replace(",", "");
        return double.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 1_000_000 && !(n >= 1900 && n <= 2100)
            ? (n, n) : null;
    }

    // The counted noun follows within a few words: "two other people", "hundreds of Belgorod residents".
    private static (int Index, string Class)? FindNoun(List<string> words, int from)
    {
        for (var j = from; j < words.Count && j < from + 4; j++)
        {
            if (NounClasses.TryGetValue(words[j], out var cls)) return (j, cls);
            // "two other people" counts an addition, not the total.
            if (words[j] is "other" or "more" or "additional" or "further" or "another") return null;
            if (EventClasses.ContainsKey(words[j]) || words[j] is "and" or "but" or "were" or "was" or "had" or "have") return null;
        }
        return null;
    }

    private static string? FindEvent(List<string> words, int from, bool forward)
    {
        for (int j = from, steps = 0; j >= 0 && j < words.Count && steps < (forward ? 6 : 3); j += forward ? 1 : -1, steps++)
        {
            if (EventClasses.TryGetValue(words[j], out var cls)) return cls;
            if (words[j] is "and" or "while" or "but" or "after" or "before" or "with") return null;
        }
        return null;
    }

    private static (string? Modifier, int Start) Modifier(List<string> words, int i)
    {
        if (i >= 2 && $"{words[i - 2]} {words[i - 1]}" is var two && two is "more than" or "at least" or "up to" or "as many" or "as high")
            return (two, i - 2);
        if (i >= 3 && $"{words[i - 3]} {words[i - 2]} {words[i - 1]}" is "as many as" or "as high as")
            return ("up to", i - 3);
        if (i >= 1 && words[i - 1] is "over" or "nearly" or "almost" or "around" or "about" or "some" or "roughly" or "approximately")
            return (words[i - 1], i - 1);
        return (null, i);
    }

    private static (double, double) Apply(string? modifier, (double Low, double High) range) => modifier switch
    {
        "more than" or "over" or "at least" => (range.Low, double.PositiveInfinity),
        "up to" => (0, range.High),
        "nearly" or "almost" or "around" or "about" or "some" or "roughly" or "approximately" => (range.Low * 0.8, range.High * 1.2),
        _ => range,
    };

    private static Dictionary<string, string> Classes(params (string Class, string Words)[] classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cls, words) in classes)
            foreach (var word in words.Split(' '))
                map[word] = cls;
        return map;
    }

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d,’'-]*[\p{L}\d]|[\p{L}\d]")]
    private static partial Regex Word();
}
