using System.Text.RegularExpressions;

namespace FactCheckBot.Corpus;

// Markdown to plain paragraphs: markup goes, words stay.
public static partial class MarkdownText
{
    public static string ToPlain(string markdown)
    {
        var output = new List<string>();
        var inFence = false;
        foreach (var rawLine in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine;
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }
            if (!inFence)
            {
                if (Rule().IsMatch(line) || LinkDefinition().IsMatch(line)) continue;
                line = Heading().Replace(line, "");
                line = Quote().Replace(line, "");
                line = Bullet().Replace(line, "");
                line = Image().Replace(line, "");
                line = Link().Replace(line, "$1");
                line = Html().Replace(line, "");
                line = Emphasis().Replace(line, "$2");
                line = Code().Replace(line, "$1");
            }
            output.Add(line);
        }
        // A blank line separates paragraphs; lines inside one paragraph are joined.
        var paragraphs = string.Join("\n", output).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    [GeneratedRegex(@"^\s*(```|~~~)")] private static partial Regex Fence();
    [GeneratedRegex(@"^\s*([-*_]\s*){3,}$")] private static partial Regex Rule();
    [GeneratedRegex(@"^\s*\[[^\]]+\]:\s*\S+")] private static partial Regex LinkDefinition();
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+|\s+#+\s*$")] private static partial Regex Heading();
    [GeneratedRegex(@"^\s*(>\s?)+")] private static partial Regex Quote();
    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")] private static partial Regex Bullet();
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")] private static partial Regex Html();
    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")] private static partial Regex Emphasis();
    [GeneratedRegex(@"`([^`]+)`")] private static partial Regex Code();
}
