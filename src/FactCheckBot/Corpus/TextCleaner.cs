using System.Text;
using System.Text.RegularExpressions;

namespace FactCheckBot.Corpus;

// Removes site furniture from article text by its shape, not by knowing the site:
// comment sections, share buttons and shortcodes, ad-blocker notices, embedded
// tweet credits, bylines, and headlines or captions printed twice.
public static partial class TextCleaner
{
    public sealed record Cleaned(string Text, string? Author);

    public static Cleaned Clean(string raw, string? outlet = null)
    {
        var lines = SplitLines(raw);
        var author = TakeByline(lines, outlet);
        CutCommentSection(lines);
        DropEmbeds(lines);
        lines.RemoveAll(IsFurniture);
        DropRepeats(lines);
        return new Cleaned(string.Join("\n\n", lines), author);
    }

    private static List<string> SplitLines(string raw)
    {
        var text = raw.Replace("\r\n", "\n").Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace('\t', ' ')
            .Replace("\u200B", "").Replace("\u200C", "").Replace("\u200D", "").Replace("\uFEFF", "");
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var cleaned = line.Contains('[') ? Shortcode().Replace(line, " ") : line;
            if (cleaned.Contains("  ", StringComparison.Ordinal)) cleaned = Spaces().Replace(cleaned, " ");
            cleaned = cleaned.Trim();
            if (cleaned.Length > 0) lines.Add(cleaned);
        }
        return lines;
    }

    // "Chris Lange, FISM News" or "By Jane Doe" on the first line is a byline, not text.
    private static string? TakeByline(List<string> lines, string? outlet)
    {
        if (lines.Count < 2) return null;
        var first = lines[0];
        if (WordCount(first) > 8 || EndsSentence(first)) return null;
        var by = ByPrefix().Match(first);
        if (by.Success)
        {
            lines.RemoveAt(0);
            return by.Groups["name"].Value.Trim();
        }
        if (string.IsNullOrWhiteSpace(outlet)) return null;
        var at = first.IndexOf(outlet, StringComparison.OrdinalIgnoreCase);
        if (at <= 0) return null;
        var name = first[..at].Trim().TrimEnd(',', '|', '-', '–', '—').Trim();
        if (name.Length == 0 || WordCount(name) > 4) return null;
        lines.RemoveAt(0);
        return name;
    }

    // Comment forms sit at the end of an article; everything after their heading is not the article.
    private static void CutCommentSection(List<string> lines)
    {
        var total = lines.Sum(l => l.Length);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (seen > total / 2 && CommentHeading().IsMatch(lines[i]))
            {
                lines.RemoveRange(i, lines.Count - i);
                return;
            }
            seen += lines[i].Length;
        }
    }

    // An embedded tweet ends with its credit ("pic.twitter.com/… — Name (@handle) May 23, 2023");
    // a short label line just above it belongs to the embed too.
    private static void DropEmbeds(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (!(line.Contains("pic.twitter.com", StringComparison.Ordinal) || line.Contains("(@", StringComparison.Ordinal))
                || !TweetCredit().IsMatch(line)) continue;
            lines.RemoveAt(i);
            if (i > 0 && WordCount(lines[i - 1]) <= 3 && !EndsSentence(lines[i - 1]))
            {
                lines.RemoveAt(i - 1);
                i--;
            }
        }
    }

    // Furniture lines are short; long lines are article text and skip the patterns.
    private static bool IsFurniture(string line) =>
        (line.Length <= 160 && FurnitureLine().IsMatch(line))
        || (line.Length <= 300 && AdBlock().IsMatch(line))
        || (!line.Contains(' ') && BareUrl().IsMatch(line));

    // A headline printed twice, or an image's alt text followed by a caption that repeats it.
    private static void DropRepeats(List<string> lines)
    {
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var (line, following) = (lines[i], lines[i + 1]);
            var sameLength = Math.Abs(line.Length - following.Length) <= 8;
            var caption = !EndsSentence(line) && line.Length < following.Length;
            if (!sameLength && !caption) continue;
            var current = Letters(line);
            var next = Letters(following);
            if (current.Length == 0) continue;
            if (current == next || (caption && next.Contains(current, StringComparison.Ordinal)))
                lines.RemoveAt(i);
        }
    }

    private static string Letters(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '…' or ':';

    [GeneratedRegex(@"\[/?[a-z][a-z0-9]*_[a-z0-9_]*[^\]]*\]|\[[a-z][a-z0-9_]*\s+[a-z_]+\s*=[^\]]*\]|\[/[a-z_]+\]")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^By\s+(?<name>[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})\s*(?:[,|–—-].*)?$")]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(leave a (reply|comment)|\d+\s+comments?|comments?|post a comment|join the discussion|add a comment)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentHeading();

    [GeneratedRegex(@"pic\.twitter\.com/\S+|[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex TweetCredit();

    [GeneratedRegex(@"^(leave a (reply|comment)|send this to a friend|share( this)?( article| story| post)?( on \w+)?:?|click to (share|print|email).*|tweet|email|print|whatsapp|facebook|twitter|telegram|linkedin|related( posts| articles| stories| news)?:?|read (more|also|next):?.*|advertisement|sponsored( content)?|subscribe( now)?.*|sign up.*newsletter.*|follow us.*|powered by.*|you may also like:?|more from .{1,40}|skip to (main )?content|(we use )?cookies.*|accept( all)? cookies|all rights reserved.*|©.*|copyright .*|your email address will not be published.*|required fields are marked.*|save my name, email.*|notify me of .*|previous (post|article)|next (post|article))$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();

    [GeneratedRegex(@"\bad[s]?[ -]?block", RegexOptions.IgnoreCase)]
    private static partial Regex AdBlock();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();
}
