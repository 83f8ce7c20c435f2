using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactCheckBot.Corpus;

// Main text and metadata of an article page: og:/article: meta for outlet, title and
// date; the article body without navigation, share bars, forms and scripts.
public static partial class HtmlText
{
    public sealed record Page(string Text, string? Title, string? SiteName, string? Published, string? Author, string? Url);

    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button",
        "input", "select", "textarea", "nav", "header", "footer", "aside", "menu", "dialog", "link", "meta",
    ];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "figure", "figcaption", "pre", "table", "tr", "td", "th", "br", "hr", "address", "summary",
    ];

    public static Page Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var page = new Page(
            Text: "",
            Title: Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? Clean(document.Title),
            SiteName: Meta(document, "og:site_name") ?? Meta(document, "application-name"),
            Published: Date(Meta(document, "article:published_time") ?? Meta(document, "date")
                ?? Meta(document, "pubdate") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Author: Meta(document, "author") ?? Meta(document, "article:author"),
            Url: Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));

        foreach (var element in document.QuerySelectorAll("*").ToList())
            if (Dropped.Contains(element.LocalName) || LooksLikeFurniture(element))
                element.Remove();

        var root = document.QuerySelectorAll("[itemprop=articleBody]").FirstOrDefault()
            ?? document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
            ?? document.QuerySelector("main")
            ?? document.Body
            ?? document.DocumentElement;

        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current);
        Flush(paragraphs, current);
        return page with { Text = string.Join("\n\n", paragraphs) };
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }
            if (child is not IElement element) continue;
            var block = Blocks.Contains(element.LocalName);
            if (block) Flush(paragraphs, current);
            Walk(element, paragraphs, current);
            if (block) Flush(paragraphs, current);
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var text = Clean(current.ToString());
        current.Clear();
        if (!string.IsNullOrEmpty(text)) paragraphs.Add(text);
    }

    private static bool LooksLikeFurniture(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search") return true;
        if (element.GetAttribute("aria-hidden") == "true") return true;
        var marker = $"{element.ClassName} {element.Id}";
        return marker.Length > 1 && FurnitureMarker().IsMatch(marker);
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
                return Clean(meta.GetAttribute("content"));
        }
        return null;
    }

    private static string? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var text = Whitespace().Replace(value, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(^|[\s_-])(share|sharing|social|comments?|related|newsletter|subscribe|advert\w*|ads?|promo|cookie\w*|popup|modal|sidebar|breadcrumbs?|menu|navbar|nav|site-header|site-footer|byline-share|paywall|signup)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureMarker();
}
