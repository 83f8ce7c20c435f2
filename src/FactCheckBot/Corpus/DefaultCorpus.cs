using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Dapper;
using FactCheckBot.Embeddings;
using FactCheckBot.Storage;
using FactCheckBot.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Corpus;

// The Belgorod raid articles and their name variants ship inside the program and
// are loaded into a new database, so a fresh clone answers without any setup.
public sealed class DefaultCorpus(
    Database database, Ingestor ingestor, SourceStore store, AliasStore aliases, SentenceVectors vectors, IOptions<SourcesOptions> options,
    ILogger<DefaultCorpus> logger)
{
    public const string AddedBy = "default corpus";
    private const string ResourcePrefix = "DefaultCorpus/";

    // Migrates, re-indexes if the term normalisation changed, seeds once per database (seeding is idempotent
    // if it was cut short), and embeds what has no vectors from the current model (all of it after a change).
    public void EnsureReady()
    {
        database.Migrate();
        string? termsVersion, seeded;
        using (var connection = database.Open())
        {
            termsVersion = connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'terms_version';");
            seeded = connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'default_corpus_seeded';");
        }
        var current = Terms.Version.ToString(CultureInfo.InvariantCulture);
        if (termsVersion != current)
        {
            if (termsVersion is not null)
                logger.LogInformation("Re-indexed {Passages} passages for term normalisation {Version}", store.Reindex(), current);
            using var connection = database.Open();
            connection.Execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('terms_version', @current);", new { current });
        }
        if (options.Value.SeedDefaultCorpus && seeded is null)
        {
            try
            {
                Seed();
            }
            catch (InputException)
            {
                // Another process seeded the same new file at the same moment; its sources are in now, so this adds nothing.
                Seed();
            }
        }
        vectors.EmbedMissing();
    }

    public void Seed()
    {
        var manifest = Manifest.Parse(Read("manifest.json"), "the built-in manifest");
        var results = ingestor.AddManifest(manifest, Read, AddedBy);
        foreach (var group in JsonSerializer.Deserialize<AliasFile>(Read("aliases.json"), JsonOptions)!.Aliases)
            aliases.Add(group.Name, group.Variants, AddedBy);
        using (var connection = database.Open())
            connection.Execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('default_corpus_seeded', '1');");
        logger.LogInformation("Seeded the default corpus: {Sources} sources, {Passages} passages",
            results.Count, results.Sum(r => r.Passages));
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The built-in corpus file {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record AliasFile(IReadOnlyList<AliasGroup> Aliases);

    private sealed record AliasGroup(string Name, IReadOnlyList<string> Variants);
}
