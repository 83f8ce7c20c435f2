using System.Reflection;
using System.Text.RegularExpressions;

namespace FactCheckBot.Storage;

// Forward-only migrations embedded as resources named NNN_description.sql;
// PRAGMA user_version holds the number of the last one applied.
public static partial class Migrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(Load);

    public static IReadOnlyList<Migration> All() => Loaded.Value;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(int.Parse(match.Groups["n"].Value), match.Groups["name"].Value, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
            if (list[i].Version != i + 1)
                throw new InvalidOperationException($"Migration numbers must run 1, 2, 3…; found {list[i].Name}.");
        return list;
    }

    [GeneratedRegex(@"Migrations\.(?<name>(?<n>\d{3})_[a-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}
