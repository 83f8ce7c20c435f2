using System.Security.Cryptography;
using System.Text;
using FactCheckBot.Embeddings;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Corpus;

public sealed record IngestResult(long SourceId, string Outlet, string? Title, int Passages, bool Duplicate)
{
    public string Describe() => Duplicate
        ? $"Already in the corpus as source #{SourceId} ({Outlet}); nothing added."
        : $"Added source #{SourceId} ({Outlet}{(Title is null ? "" : $": {Title}")}) with {Passages} passages.";
}

// Turns files, folders with a manifest, URLs and pasted text into sources and passages.
// Everything is written in one transaction, after every text has been read and checked; then its sentences are embedded.
public sealed class Ingestor(SourceStore store, UrlFetcher fetcher, SentenceVectors vectors, IOptions<SourcesOptions> options)
{
    private sealed record Prepared(NewSource Source, IReadOnlyList<Passages.Draft> Passages);

    public IReadOnlyList<IngestResult> AddPath(string path, SourceHints hints, string addedBy, IProgress<EmbedProgress>? progress = null)
    {
        if (Directory.Exists(path)) return AddFolder(path, addedBy, progress);
        if (!File.Exists(path)) throw new InputException($"No file or folder at {path}.");
        var info = new FileInfo(path);
        if (info.Length > options.Value.MaxBytes)
            throw new InputException($"{path} is larger than the limit of {options.Value.MaxBytes:N0} bytes (Sources:MaxBytes).");
        var kind = KindOf(path);
        return Commit([Prepare(ReadFile(path, kind), kind, hints, Path.GetFileName(path), addedBy)], progress);
    }

    private IReadOnlyList<IngestResult> AddFolder(string folder, string addedBy, IProgress<EmbedProgress>? progress)
    {
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestPath))
            throw new InputException($"{folder} has no manifest.json; add files one by one with --outlet, or write a manifest.");
        var manifest = Manifest.Parse(File.ReadAllText(manifestPath), manifestPath);
        return AddManifest(manifest, file =>
        {
            var full = Path.GetFullPath(Path.Combine(folder, file));
            var inside = Path.GetRelativePath(Path.GetFullPath(folder), full);
            if (inside.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(inside) || !File.Exists(full))
                throw new InputException($"{manifestPath} names {file}, which is not in {folder}.");
            return ReadFile(full, KindOf(full));
        }, addedBy, progress);
    }

    // An HTML file says its own charset (<meta charset>); other files are UTF-8 unless they start with a byte-order mark.
    private static string ReadFile(string path, string kind) =>
        kind == "html" ? Charset.Decode(File.ReadAllBytes(path), null, html: true) : File.ReadAllText(path);

    // Files are read in order; cleaning and cutting them into passages runs on the other cores while the
    // sources already prepared are written: a bad file still throws before the transaction commits, so
    // nothing is added.
    // embed: false leaves the new passages for a later SentenceVectors.EmbedMissing (the benchmark times the two apart).
    public IReadOnlyList<IngestResult> AddManifest(Manifest manifest, Func<string, string> readFile, string addedBy,
        IProgress<EmbedProgress>? progress = null, bool embed = true)
    {
        var texts = manifest.Sources.Select(entry => (Entry: entry, Text: readFile(entry.File))).ToList();
        try
        {
            return Commit(texts.AsParallel().AsOrdered()
                .Select(t => Prepare(t.Text, KindOf(t.Entry.File), t.Entry.ToHints(), t.Entry.File, addedBy)), progress, embed);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<InputException>().FirstOrDefault() is { } first)
        {
            throw first;
        }
    }

    public async Task<IngestResult> AddUrlAsync(string url, SourceHints hints, string addedBy, CancellationToken cancellationToken,
        IProgress<EmbedProgress>? progress = null)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            throw new InputException($"\"{url}\" is not an absolute URL.");
        var fetched = await fetcher.FetchAsync(uri, cancellationToken);
        var kind = fetched.MediaType switch
        {
            "text/plain" => "text",
            "text/markdown" or "text/x-markdown" => "markdown",
            _ => "html",
        };
        var fallback = new SourceHints(Outlet: fetched.Url.Host.StartsWith("www.", StringComparison.Ordinal) ? fetched.Url.Host[4..] : fetched.Url.Host,
            Url: fetched.Url.ToString());
        return Commit([Prepare(fetched.Body, kind, hints, fetched.Url.ToString(), addedBy, fallback)], progress)[0];
    }

    public IngestResult AddText(string text, string kind, SourceHints hints, string origin, string addedBy,
        IProgress<EmbedProgress>? progress = null) =>
        Commit([Prepare(text, kind, hints, origin, addedBy)], progress)[0];

    public static string KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" or ".text" or "" => "text",
        ".md" or ".markdown" => "markdown",
        ".html" or ".htm" or ".xhtml" => "html",
        var other => throw new InputException($"{fileName}: {other} files are not supported; use .txt, .md or .html."),
    };

    // Metadata precedence: what the person gave, then the page's own meta tags, then the fallback (the URL's host).
    private Prepared Prepare(string raw, string kind, SourceHints hints, string origin, string addedBy, SourceHints? fallback = null)
    {
        if (raw.Length > options.Value.MaxBytes)
            throw new InputException($"{origin} is larger than the limit of {options.Value.MaxBytes:N0} bytes (Sources:MaxBytes).");
        string body;
        switch (kind)
        {
            case "html":
                var page = HtmlArticle.Read(raw, fallback?.Url is { } url ? new Uri(url) : null);
                hints = hints.Over(new SourceHints(page.SiteName, null, page.Title, page.Author, page.Url, page.Published));
                body = page.Text;
                break;
            case "markdown":
                body = MarkdownText.ToPlain(raw);
                break;
            default:
                body = raw;
                break;
        }
        if (fallback is not null) hints = hints.Over(fallback);
        var cleaned = TextCleaner.Clean(body, hints.Outlet, hints.Title);
        hints = hints.Over(new SourceHints(Author: cleaned.Author, Title: cleaned.Headline));
        var info = hints.Validate(origin);
        var passages = Passages.Split(cleaned.Text);
        if (cleaned.Text.Length < 40 || passages.Count == 0)
            throw new InputException($"{origin}: no readable article text was found.");
        var source = new NewSource(info, kind, origin, cleaned.Text, Hash(cleaned.Text), addedBy);
        return new Prepared(source, passages);
    }

    // The sources are checked for duplicates as they arrive and written in one transaction: all or nothing.
    private IReadOnlyList<IngestResult> Commit(IEnumerable<Prepared> prepared, IProgress<EmbedProgress>? progress, bool embed = true)
    {
        var results = new List<IngestResult?>();
        var hashes = new List<string>();
        var fresh = new List<(int Index, SourceInfo Info, int Passages)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        IEnumerable<(NewSource, IReadOnlyList<Passages.Draft>)> Fresh()
        {
            foreach (var item in prepared)
            {
                var index = results.Count;
                var hash = item.Source.ContentHash;
                hashes.Add(hash);
                if (store.FindByHash(hash) is { } existing)
                    results.Add(new IngestResult(existing, item.Source.Info.Outlet, item.Source.Info.Title, 0, Duplicate: true));
                else if (!seen.TryAdd(hash, index))
                    results.Add(null); // same text twice in one batch: resolved after the insert
                else
                {
                    results.Add(null);
                    fresh.Add((index, item.Source.Info, item.Passages.Count));
                    yield return (item.Source, item.Passages);
                }
            }
        }
        IReadOnlyList<long> ids;
        try
        {
            ids = store.Add(Fresh());
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new InputException("The same text was added by someone else at the same moment; nothing was added. Try again.");
        }
        for (var n = 0; n < fresh.Count; n++)
        {
            var (index, info, passages) = fresh[n];
            results[index] = new IngestResult(ids[n], info.Outlet, info.Title, passages, Duplicate: false);
        }
        for (var i = 0; i < results.Count; i++)
            results[i] ??= results[seen[hashes[i]]]! with { Duplicate = true, Passages = 0 };
        if (embed && fresh.Count > 0) vectors.EmbedMissing(progress);
        return results!;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
