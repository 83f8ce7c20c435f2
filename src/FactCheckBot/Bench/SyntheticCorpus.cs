using System.Text;
using FactCheckBot.Corpus;

namespace FactCheckBot.Bench;

// A deterministic news-like corpus: the real articles' vocabulary plus invented words,
// drawn with a Zipf distribution, one passage per paragraph.
public static class SyntheticCorpus
{
    public const int PassagesPerSource = 50;

    public static IEnumerable<(ManifestEntry Entry, string Text)> Sources(int passages, IReadOnlyList<string> seedWords, int seed = 42)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(seedWords, random);
        var cumulative = ZipfCumulative(vocabulary.Count);
        var outlets = Enumerable.Range(1, 25).Select(i => $"Synthetic Outlet {i:00}").ToArray();
        var sources = (passages + PassagesPerSource - 1) / PassagesPerSource;
        for (var s = 0; s < sources; s++)
        {
            var count = Math.Min(PassagesPerSource, passages - s * PassagesPerSource);
            var text = new StringBuilder();
            for (var p = 0; p < count; p++)
            {
                if (p > 0) text.Append("\n\n");
                var sentences = 2 + random.Next(2);
                for (var k = 0; k < sentences; k++)
                {
                    if (k > 0) text.Append(' ');
                    Sentence(text, random, vocabulary, cumulative, 8 + random.Next(10));
                }
            }
            var entry = new ManifestEntry($"synthetic-{s:00000}.txt", outlets[s % outlets.Length], null, "synthetic", $"Synthetic report {s}",
                null, $"2023-05-{1 + s % 28:00}", null, null);
            yield return (entry, text.ToString());
        }
    }

    private static void Sentence(StringBuilder text, Random random, List<string> vocabulary, double[] cumulative, int words)
    {
        for (var w = 0; w < words; w++)
        {
            var word = vocabulary[Pick(cumulative, random.NextDouble())];
            if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
            else text.Append(' ');
            text.Append(word);
        }
        text.Append('.');
    }

    private static List<string> Vocabulary(IReadOnlyList<string> seedWords, Random random)
    {
        var words = new List<string>(seedWords.Where(w => w.Length > 1 && w.All(char.IsLetter)).Select(w => w.ToLowerInvariant()).Distinct());
        const string letters = "abcdefghiklmnoprstuvyz";
        while (words.Count < 20_000)
        {
            var length = 4 + random.Next(7);
            var word = new char[length];
            for (var i = 0; i < length; i++) word[i] = letters[random.Next(letters.Length)];
            words.Add(new string(word));
        }
        // Shuffle so corpus words are spread over the frequency ranks, deterministically.
        for (var i = words.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (words[i], words[j]) = (words[j], words[i]);
        }
        return words;
    }

    private static double[] ZipfCumulative(int n)
    {
        var cumulative = new double[n];
        double sum = 0;
        for (var i = 0; i < n; i++) cumulative[i] = sum += 1.0 / (i + 1);
        for (var i = 0; i < n; i++) cumulative[i] /= sum;
        return cumulative;
    }

    private static int Pick(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        return Math.Min(cumulative.Length - 1, index < 0 ? ~index : index);
    }
}
