using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheckBot.Corpus;

// manifest.json beside a folder of articles, as in the default corpus.
public sealed record Manifest(string? Incident, IReadOnlyList<ManifestEntry> Sources)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Manifest Parse(string json, string where)
    {
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InputException($"{where} is not valid JSON: {ex.Message}");
        }
        if (manifest?.Sources is null || manifest.Sources.Count == 0)
            throw new InputException($"{where} lists no sources (expected {{\"sources\": [{{\"file\": …, \"outlet\": …}}]}}).");
        foreach (var entry in manifest.Sources)
            if (string.IsNullOrWhiteSpace(entry.File))
                throw new InputException($"{where}: every source needs a \"file\".");
        return manifest;
    }
}

public sealed record ManifestEntry(
    string File,
    string? Outlet,
    [property: JsonPropertyName("outlet_full")] string? OutletFull,
    string? Kind,
    string? Title,
    string? Author,
    string? Published,
    string? Url,
    [property: JsonPropertyName("original_outlet")] string? OriginalOutlet)
{
    public SourceHints ToHints() => new(Outlet, OriginalOutlet, Title, Author, Url, Published);
}
