using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheckBot.Corpus;

// Markdown to plain paragraphs with Markdig's parser: markup goes, words stay (snake_case and
// 2*3 are words, not emphasis). One paragraph per block, separated by a blank line.
public static partial class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static string ToPlain(string markdown)
    {
        var paragraphs = new List<string>();
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            var text = block switch
            {
                HtmlBlock html => new HtmlParser().ParseDocument(html.Lines.ToString()).Body?.TextContent ?? "",
                CodeBlock code => code.Lines.ToString(),
                { Inline: { } inline } => Inlines(inline, new StringBuilder()).ToString(),
                _ => "",
            };
            text = Whitespace().Replace(text, " ").Trim();
            if (text.Length > 0) paragraphs.Add(text);
        }
        return string.Join("\n\n", paragraphs);
    }

    private static StringBuilder Inlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                case HtmlInline:
                    break;
                case ContainerInline inner:
                    Inlines(inner, text);
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
