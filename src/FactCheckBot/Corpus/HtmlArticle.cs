using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace FactCheckBot.Corpus;

// The article in a web page, found by SmartReader (Mozilla Readability's rules): main text,
// title, byline, publication date and site name. AngleSharp parses the page once and gives the
// canonical URL, which SmartReader does not.
public static class HtmlArticle
{
    public sealed record Page(string Text, string? Title, string? SiteName, string? Published, string? Author, string? Url);

    // address: where the page came from (relative links resolve against it); null for a file.
    public static Page Read(string html, Uri? address)
    {
        var document = new HtmlParser().ParseDocument(html);
        var canonical = Meta(document, "og:url") ?? Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var article = new Reader(address?.AbsoluteUri ?? "file:///article.html", document).GetArticle();
        return new Page(
            Text: article.TextContent ?? "",
            Title: Clean(article.Title),
            SiteName: Clean(article.SiteName),
            Published: article.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Author: Clean(article.Author) ?? Clean(article.Byline),
            Url: canonical);
    }

    private static string? Meta(IHtmlDocument document, string property) =>
        Clean(document.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("property"), property, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content"));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
