using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Corpus;

public sealed record AliasRow(long Id, string Name, string Variant, string AddedBy, string AddedAt);

public sealed class AliasStore(Database database, TimeProvider time)
{
    public IReadOnlyList<AliasRow> List()
    {
        using var connection = database.Open();
        return connection.Query<AliasRow>("""
            SELECT id, name, variant, added_by, added_at FROM aliases ORDER BY name COLLATE NOCASE, id;
            """).AsList();
    }

    // Returns how many of the variants were new.
    public int Add(string name, IReadOnlyList<string> variants, string addedBy)
    {
        name = Check(name, "name");
        var clean = variants.Select(v => Check(v, "variant"))
            .Where(v => !string.Equals(v, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clean.Count == 0) throw new InputException("Give at least one variant that differs from the name.");
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var added = 0;
        var addedAt = Timestamp.Now(time);
        foreach (var variant in clean)
            added += connection.Execute("""
                INSERT INTO aliases (name, variant, added_by, added_at) VALUES (@name, @variant, @addedBy, @addedAt)
                ON CONFLICT DO NOTHING;
                """, new { name, variant, addedBy, addedAt }, transaction);
        transaction.Commit();
        return added;
    }

    public bool Remove(long id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM aliases WHERE id = @id;", new { id }) > 0;
    }

    // Cheap fingerprint so readers can tell when to reload.
    public (long Count, long MaxId) Version()
    {
        using var connection = database.Open();
        return connection.QuerySingle<(long, long)>("SELECT count(*), coalesce(max(id), 0) FROM aliases;");
    }

    private static string Check(string value, string what)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) throw new InputException($"The alias {what} is empty.");
        if (trimmed.Length > 120) throw new InputException($"The alias {what} \"{trimmed[..40]}…\" is longer than 120 characters.");
        if (!trimmed.Any(char.IsLetterOrDigit)) throw new InputException($"The alias {what} \"{trimmed}\" has no letters or digits.");
        if (trimmed.Any(char.IsControl)) throw new InputException($"The alias {what} contains control characters.");
        return trimmed;
    }
}
