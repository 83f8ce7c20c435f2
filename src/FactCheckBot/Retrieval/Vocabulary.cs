using Dapper;
using FactCheckBot.Storage;
using FactCheckBot.Text;
using System.Text.RegularExpressions;

namespace FactCheckBot.Retrieval;

// The corpus's own words, as written (lower case, no diacritics), for correcting what people type:
// "civillians" → civilians, "belgrod" → belgorod, "peskow" → peskov, "hladkov" → gladkov.
// Built on first use and again when the corpus changes.
public sealed partial class Vocabulary(Database database)
{
    private Snapshot? current;

    public Snapshot Current(CorpusVersion? corpus = null)
    {
        var version = corpus is { } v ? (v.Generation, v.MaxPassage) : Version();
        var snapshot = current;
        if (snapshot is not null && snapshot.Version == version) return snapshot;
        var (words, names) = Read();
        snapshot = new Snapshot(version, words, names);
        current = snapshot;
        return snapshot;
    }

    private (long, long) Version()
    {
        using var connection = database.Open();
        return connection.QuerySingle<(long, long)>($"""
            SELECT {CorpusVersion.GenerationSql},
                   coalesce((SELECT max(id) FROM passages), 0);
            """);
    }

    // The words with how often they occur, and each capitalised word with the capitalised words that follow it
    // ("matthew" → "miller").
    private (Dictionary<string, int>, Dictionary<string, HashSet<string>>) Read()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        using var connection = database.Open();
        foreach (var text in connection.Query<string>("SELECT text FROM passages;", buffered: false))
            for (var (i, previousName, previousEnd) = (0, -1, -1); i < text.Length;)
            {
                if (!char.IsLetter(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                // Strings are made only for a pair: most capitalised words open a sentence and stand alone.
                var isName = char.IsUpper(text[start]) && i - start >= 3 && i - start <= buffer.Length;
                if (isName && previousName >= 0 && start == previousEnd + 1 && text[previousEnd] == ' ')
                {
                    var first = Terms.WithoutDiacritics(text[previousName..previousEnd].ToLowerInvariant());
                    if (!names.TryGetValue(first, out var following)) names[first] = following = new(StringComparer.Ordinal);
                    following.Add(Terms.WithoutDiacritics(text[start..i].ToLowerInvariant()));
                }
                (previousName, previousEnd) = (isName ? start : -1, i);
                if (i - start < 3 || i - start > buffer.Length) continue;
                var word = buffer[..(i - start)];
                text.AsSpan(start, i - start).ToLowerInvariant(word);
                if (lookup.TryGetValue(word, out var n)) lookup[word] = n + 1;
                else
                {
                    var plain = Terms.WithoutDiacritics(word.ToString());
                    counts[plain] = counts.GetValueOrDefault(plain) + 1;
                }
            }
        return (counts, names);
    }

    public sealed class Snapshot
    {
        private readonly Dictionary<string, int> words;
        private readonly Dictionary<string, string> byFold = new(StringComparer.Ordinal);
        private readonly List<(string Word, uint Letters)>[] byLength = new List<(string, uint)>[40];

        private readonly Dictionary<string, HashSet<string>> names;
        private readonly Dictionary<string, List<string>> byFoldedFirst = new(StringComparer.Ordinal);

        public Snapshot((long, long) version, Dictionary<string, int> words, Dictionary<string, HashSet<string>>? names = null)
        {
            Version = version;
            this.words = words;
            this.names = names ?? new(StringComparer.Ordinal);
            foreach (var first in this.names.Keys.Order(StringComparer.Ordinal))
            {
                var key = Fold(first);
                if (!byFoldedFirst.TryGetValue(key, out var same)) byFoldedFirst[key] = same = [];
                same.Add(first);
            }
            for (var i = 0; i < byLength.Length; i++) byLength[i] = [];
            foreach (var (word, count) in words.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
            {
                byFold.TryAdd(Fold(word), word);
                if (word.Length < byLength.Length) byLength[word.Length].Add((word, Letters(word)));
            }
        }

        public (long, long) Version { get; }

        public bool Contains(string word) => words.ContainsKey(word);

        // A word the corpus uses a few times and English does not know: most likely a name ("kozinka").
        public bool IsRareName(string word) =>
            word.Length >= 4 && words.TryGetValue(word, out var count) && count <= 3 && !EnglishWords.Contains(word);

        // "matthew miler", "Mathew Miler": a name of two words the corpus writes ("Matthew Miller"), the first as typed or
        // transliterated, the second also one letter off, even where English has the word as typed ("miler"); null when
        // the corpus has no such name or it was typed exactly. A function word ("the", "but") opening a sentence is no
        // first name.
        public (string First, string Last)? TwoWordName(string first, string last)
        {
            if (last.Length < 4 || (words.ContainsKey(first) && words.ContainsKey(last)) || StopWords.Contains(Terms.Normalize(first))) return null;
            var firsts = names.ContainsKey(first) ? [first] : first.Length < 4 ? [] : byFoldedFirst.GetValueOrDefault(Fold(first)) ?? [];
            // The closest spelling wins: as typed, then transliterated, then one letter off.
            var found = firsts.SelectMany(f => names[f].Select(l => (First: f, Last: l, How: Closeness(last, l))))
                .Where(c => c.How < 3).OrderBy(c => c.How).ThenBy(c => c.First, StringComparer.Ordinal).ThenBy(c => c.Last, StringComparer.Ordinal)
                .FirstOrDefault();
            return found.First is null || (found.First == first && found.Last == last) ? null : (found.First, found.Last);
        }

        private static int Closeness(string typed, string corpus) =>
            typed == corpus ? 0 : Fold(typed) == Fold(corpus) ? 1 : Distance(typed, corpus, 1) <= 1 ? 2 : 3;

        // The corpus word a word not in the corpus was meant to be, or null. English words are never
        // corrected; names are matched through transliteration (-ow/-ov, h/g, kh/h, y/i/j) or one typo
        // (two in long words), the most frequent corpus word winning a tie.
        public string? Correct(string word)
        {
            if (word.Length < 4 || words.ContainsKey(word) || EnglishWords.Contains(word) || !word.All(char.IsLetter)) return null;
            var folded = Fold(word);
            if (byFold.TryGetValue(folded, out var same)) return same;
            // "Grayvoronsky district" is Graivoron's: a Russian adjective's ending on a place of the corpus.
            if (AdjectiveEnding().Match(folded) is { Success: true } adjective && adjective.Index >= 4
                && byFold.TryGetValue(folded[..adjective.Index], out var place) && !EnglishWords.Contains(place))
                return place;
            var limit = word.Length >= 8 ? 2 : 1;
            var letters = Letters(word);
            string? best = null;
            var (bestDistance, bestCount) = (int.MaxValue, 0);
            for (var length = Math.Max(3, word.Length - limit); length <= Math.Min(byLength.Length - 1, word.Length + limit); length++)
                foreach (var (candidate, candidateLetters) in byLength[length])
                {
                    // Each edit changes at most two letters of the set of letters used: a cheap test first.
                    if (System.Numerics.BitOperations.PopCount(letters ^ candidateLetters) > 2 * limit) continue;
                    var distance = Distance(word, candidate, limit);
                    if (distance > limit) continue;
                    var count = words[candidate];
                    if (distance < bestDistance || (distance == bestDistance && count > bestCount))
                        (best, bestDistance, bestCount) = (candidate, distance, count);
                }
            return best;
        }
    }

    [GeneratedRegex("(ski|skaia|skoe|skoie|skogo)$")]
    private static partial Regex AdjectiveEnding();

    private static uint Letters(string word)
    {
        var mask = 0u;
        foreach (var c in word) mask |= 1u << ((c - 'a') & 31);
        return mask;
    }

    // Spellings that transliterate one Cyrillic name: Peskow/Peskov, Hladkov/Gladkov, Kharkiv/Harkiv,
    // Podolyak/Podoliak, Yusov/Iusov, Peskoff/Peskov; doubled letters count once.
    public static string Fold(string word)
    {
        if (word.Length > 4 && (word.EndsWith("off", StringComparison.Ordinal) || word.EndsWith("eff", StringComparison.Ordinal))) word = word[..^2] + "v";
        var s = word.Replace("kh", "h").Replace("ph", "f").Replace("ck", "k").Replace('w', 'v').Replace('h', 'g')
            .Replace('y', 'i').Replace('j', 'i').Replace("x", "ks");
        var folded = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
            if (folded.Length == 0 || folded[^1] != c) folded.Append(c);
        return folded.ToString();
    }

    // Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), stopping past limit.
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> row = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            var smallest = row[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                row[j] = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    row[j] = Math.Min(row[j], previous2[j - 2] + 1);
                smallest = Math.Min(smallest, row[j]);
            }
            if (smallest > limit) return limit + 1;
            var spare = previous2;
            previous2 = previous;
            previous = row;
            row = spare;
        }
        return previous[b.Length];
    }
}
