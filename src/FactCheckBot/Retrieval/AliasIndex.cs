using FactCheckBot.Corpus;
using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// What a phrase in a question expands to: the alias table's name variants (symmetric,
// merged transitively) and the built-in synonyms. Reloaded when the alias table changes.
public sealed class AliasIndex(AliasStore store)
{
    public sealed record Group(string Key, string Name, IReadOnlyList<string[]> Variants, bool IsName);

    // ByWords: a name of several words by its words in any order ("Legion Free Russia" is the "Free Russia Legion").
    public sealed record Snapshot((long, long) Version, IReadOnlyDictionary<string, Group> ByPhrase, int LongestPhrase)
    {
        public IReadOnlyDictionary<string, Group> ByWords { get; init; } = new Dictionary<string, Group>();
    }

    // The key of a phrase's words in any order, without "of" and "the".
    public static string WordsKey(IEnumerable<string> terms) =>
        string.Join(' ', terms.Where(t => !StopWords.Contains(t)).Order(StringComparer.Ordinal));

    private Snapshot? current;

    public Snapshot Current(CorpusVersion? corpus = null)
    {
        var version = corpus is { } v ? (v.Aliases, v.MaxAlias) : store.Version();
        var snapshot = current;
        if (snapshot is not null && snapshot.Version == version) return snapshot;
        snapshot = Build(version, store.List());
        current = snapshot;
        return snapshot;
    }

    public static Snapshot Build((long, long) version, IReadOnlyList<AliasRow> rows)
    {
        var byPhrase = new Dictionary<string, Group>(StringComparer.Ordinal);
        var byWords = new Dictionary<string, Group?>(StringComparer.Ordinal);
        foreach (var group in MergeAliases(rows))
            foreach (var variant in group.Variants)
            {
                byPhrase[string.Join(' ', variant)] = group;
                if (!group.IsName || variant.Count(t => !StopWords.Contains(t)) < 2) continue;
                // Two names with the same words are left to their exact spellings.
                var key = WordsKey(variant);
                byWords[key] = byWords.TryGetValue(key, out var other) && other != group ? null : group;
            }

        foreach (var rule in Synonyms.Rules)
        {
            var group = new Group("syn:" + rule.Name, rule.Name, rule.ExpansionTerms, IsName: false);
            foreach (var trigger in rule.Triggers)
                byPhrase.TryAdd(string.Join(' ', Terms.TermsOf(trigger)), group);
        }
        var longest = byPhrase.Keys.Count == 0 ? 1 : byPhrase.Keys.Max(k => k.Count(c => c == ' ') + 1);
        return new Snapshot(version, byPhrase, longest)
        {
            ByWords = byWords.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal),
        };
    }

    // Union-find over phrases, so "A = B" and "B = C" make one group.
    private static IEnumerable<Group> MergeAliases(IReadOnlyList<AliasRow> rows)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        string Add(string surface)
        {
            var key = string.Join(' ', Terms.TermsOf(surface));
            if (parent.TryAdd(key, key)) display[key] = surface;
            return key;
        }
        foreach (var row in rows)
        {
            var name = Add(row.Name);
            var variant = Add(row.Variant);
            if (name.Length == 0 || variant.Length == 0) continue;
            var (a, b) = (Find(name), Find(variant));
            if (a != b) parent[b] = a;
        }
        return parent.Keys.Where(k => k.Length > 0).GroupBy(Find).Select(g =>
        {
            var name = display[g.Key];
            return new Group("alias:" + g.Key, name, g.Select(k => k.Split(' ')).ToList(),
                IsName: name.Length > 0 && char.IsUpper(name[0]));
        });
    }
}
