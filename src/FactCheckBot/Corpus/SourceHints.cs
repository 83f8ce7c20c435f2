using System.Globalization;

namespace FactCheckBot.Corpus;

// What a person says about a source; Validate turns it into SourceInfo or explains what is wrong.
public sealed record SourceHints(
    string? Outlet = null, string? OriginalOutlet = null, string? Title = null, string? Author = null,
    string? Url = null, string? Published = null)
{
    public static readonly SourceHints None = new();

    // Values given here win over the fallback's.
    public SourceHints Over(SourceHints fallback) => new(
        Outlet ?? fallback.Outlet, OriginalOutlet ?? fallback.OriginalOutlet, Title ?? fallback.Title,
        Author ?? fallback.Author, Url ?? fallback.Url, Published ?? fallback.Published);

    public SourceInfo Validate(string what)
    {
        var outlet = Field(Outlet, "outlet", 120)
            ?? throw new InputException($"{what}: the outlet is missing; give it with --outlet (for example --outlet \"The Guardian\").");
        return new SourceInfo(
            outlet,
            Field(OriginalOutlet, "original outlet", 120),
            Field(Title, "title", 300),
            Field(Author, "author", 200),
            ValidUrl(Url, what),
            ValidDate(Published, what));
    }

    private static string? Field(string? value, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > max) throw new InputException($"The {name} is longer than {max} characters.");
        if (trimmed.Any(char.IsControl)) throw new InputException($"The {name} contains control characters.");
        return trimmed;
    }

    private static string? ValidUrl(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InputException($"{what}: the URL \"{value.Trim()}\" is not an absolute http(s) address.");
        return uri.ToString();
    }

    public static string? ValidDate(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return stamp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        throw new InputException($"{what}: the date \"{text}\" is not of the form YYYY-MM-DD.");
    }
}
