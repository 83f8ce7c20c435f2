using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.WebConsole;

public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    public const string DefaultUrl = "http://127.0.0.1:5080";

    // Where the console listens: http(s) URLs separated by ';'. `factcheck console` uses DefaultUrl when
    // empty; `factcheck run` serves the console beside the bot only when this is set.
    public string? Urls { get; set; }

    // The address people open, put into sign-in links; empty: the first of Urls (or DefaultUrl).
    // Needed when the console listens on all addresses (0.0.0.0, [::], *) or sits behind a proxy.
    public string? PublicUrl { get; set; }

    [Range(1, 720, ErrorMessage = "Console:SessionHours must be between 1 and 720.")]
    public int SessionHours { get; set; } = 12;

    [Range(5, 500, ErrorMessage = "Console:PageSize must be between 5 and 500.")]
    public int PageSize { get; set; } = 25;

    public IReadOnlyList<string> UrlList() =>
        (Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Where sign-in links point, without a trailing slash.
    public string LinkBase()
    {
        if (!string.IsNullOrWhiteSpace(PublicUrl)) return PublicUrl.Trim().TrimEnd('/');
        var first = UrlList().FirstOrDefault() ?? DefaultUrl;
        return first.TrimEnd('/');
    }

    public IEnumerable<string> Problems()
    {
        foreach (var url in UrlList())
        {
            // Kestrel's wildcard hosts are not URI hosts; check the rest of the address.
            var parsable = url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/" || uri.Query.Length > 0)
                yield return $"Console:Urls: \"{url}\" is not an address to listen on, such as {DefaultUrl} (scheme, host and port, no path).";
        }
        if (!string.IsNullOrWhiteSpace(PublicUrl))
        {
            if (!Uri.TryCreate(PublicUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.AbsolutePath != "/")
                yield return $"Console:PublicUrl: \"{PublicUrl}\" must be the console's address, such as https://factcheck.example.org (no path).";
        }
        else if (UrlList().FirstOrDefault() is { } first && ListensEverywhere(first))
        {
            yield return $"Console:PublicUrl is not set, and the console listens on all addresses ({first}): " +
                "set the address moderators open, such as https://factcheck.example.org, so sign-in links point there.";
        }
    }

    private static bool ListensEverywhere(string url) =>
        url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal)
        || url.Contains("://0.0.0.0", StringComparison.Ordinal) || url.Contains("://[::]", StringComparison.Ordinal);
}
