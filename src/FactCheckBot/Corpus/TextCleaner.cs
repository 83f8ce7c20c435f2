using System.Text;
using System.Text.RegularExpressions;

namespace FactCheckBot.Corpus;

// Removes site furniture from article text by its shape, not by knowing the site: headlines and
// subheadings, bylines, date lines and datelines ("KYIV, May 23 (Reuters) —"), photo credits,
// comment sections, share buttons and shortcodes, ad-blocker notices, embedded tweet credits, and
// captions printed twice. None of it is the article's text, so none of it may be quoted.
public static partial class TextCleaner
{
    // Headline: the article's first line when it was one (a title for a source given none).
    public sealed record Cleaned(string Text, string? Author, string? Headline = null);

    public static Cleaned Clean(string raw, string? outlet = null, string? title = null)
    {
        var lines = SplitLines(raw);
        var headline = TakeHeadline(lines, title, outlet);
        var author = TakeByline(lines, outlet);
        CutCommentSection(lines);
        DropEmbeds(lines);
        lines.RemoveAll(IsFurniture);
        DropRepeats(lines);
        if (lines.Count > 1) lines.RemoveAll(IsHeading);
        if (lines.Count > 0 && Dateline().Match(lines[0]) is { Success: true } dateline) lines[0] = lines[0][dateline.Length..];
        return new Cleaned(string.Join("\n\n", lines), author, headline);
    }

    // The first line when it is the title given, or reads as a headline: short, not a sentence, with text below it.
    private static string? TakeHeadline(List<string> lines, string? title, string? outlet)
    {
        string? headline = null;
        while (lines.Count > 1 && (SameLetters(lines[0], title) || headline is null && WordCount(lines[0]) <= 20 && !EndsSentence(lines[0])
                                   && !ByPrefix().IsMatch(lines[0]) && !(outlet is { Length: > 0 } && lines[0].Contains(outlet, StringComparison.OrdinalIgnoreCase))))
        {
            headline ??= lines[0];
            lines.RemoveAt(0);
        }
        return headline;
    }

    private static bool SameLetters(string line, string? title) => title is not null && Letters(line) is { Length: > 0 } letters && letters == Letters(title);

    // A subheading: a few words in capitals or title case, not a sentence.
    private static bool IsHeading(string line)
    {
        if (EndsSentence(line) || line.EndsWith(',') || WordCount(line) > 12) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count < 2) return false;
        var letters = line.Where(char.IsLetter).ToList();
        return letters.All(char.IsUpper) || words.Count(w => char.IsUpper(w.First(char.IsLetter))) >= Math.Max(2, words.Count * 3 / 4);
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

    // An embedded tweet ends with its credit ("pic.twitter.com/… — Name (@handle) May 23, 2023"): the credit goes,
    // the tweet's words stay (the outlet chose to show them); a short label line just above it belongs to the embed.
    private static void DropEmbeds(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (!(line.Contains("pic.twitter.com", StringComparison.Ordinal) || line.Contains("(@", StringComparison.Ordinal))
                || !TweetCredit().IsMatch(line)) continue;
            var words = TweetCredit().Replace(line, " ").Trim();
            if (WordCount(words) >= 4) lines[i] = words;
            else lines.RemoveAt(i);
            if (i > 0 && WordCount(lines[i - 1]) <= 3 && !EndsSentence(lines[i - 1]))
            {
                lines.RemoveAt(i - 1);
                i--;
            }
        }
    }

    // Furniture lines are short; long lines are article text and skip the patterns.
    private static bool IsFurniture(string line) =>
        (line.Length <= 160 && (FurnitureLine().IsMatch(line) || DateLine().IsMatch(line) || PhotoCredit().IsMatch(line) || Credits().IsMatch(line)))
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

    [GeneratedRegex(@"^By\s+(?<name>[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:\s+and\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})?)\s*(?:[,|–—-].*)?$")]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(leave a (reply|comment)|\d+\s+comments?|comments?|post a comment|join the discussion|add a comment)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentHeading();

    [GeneratedRegex(@"pic\.twitter\.com/\w+|[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex TweetCredit();

    [GeneratedRegex(@"^(leave a (reply|comment)|send this to a friend|share( this)?( article| story| post| page)?( on \w+| via \w+)?:?|copy link|listen to this article|save( article)?|most (read|viewed|popular)|sign in|log in|click to (share|print|email).*|tweet|email|print|whatsapp|facebook|twitter|telegram|linkedin|related( posts| articles| stories| news)?:?|read (more|also|next):?.*|advertisement|sponsored( content)?|subscribe( now)?.*|sign up.*newsletter.*|follow us.*|powered by.*|you may also like:?|more from .{1,40}|skip to (main )?content|(we use )?cookies.*|accept( all)? cookies|all rights reserved.*|©.*|copyright .*|your email address will not be published.*|required fields are marked.*|save my name, email.*|notify me of .*|previous (post|article)|next (post|article))$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();

    // "May 23, 2023", "Tue 23 May 2023 18.30 BST", "Updated: 2023-05-23 14:05", "3 min read", "2 hours ago".
    [GeneratedRegex(@"^(?:(?:published|updated|posted|last\s+(?:updated|modified)|first\s+published)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[ ,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}|\s+GMT[+-]?\d*)?)?\.?$|^\d+\s+(?:min(?:ute)?s?\s+read|(?:minutes?|hours?|days?)\s+ago)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    // "Photo: Reuters", "Photograph: Stringer/AFP via Getty Images", "(Photo by Jane Doe/AP)", "Image source, Getty Images", "REUTERS/Stringer".
    [GeneratedRegex(@"^\(?(?:photo(?:graph)?s?|image|picture|pic|video|credit|caption|image\s+source|image\s+caption|media\s+caption)(?:\s+credit)?\s*(?:[:,|]|by\b|courtesy\b).*$|^[\w .'’-]{0,60}(?:/|\bvia\s+)(?:getty\s+images|afp|reuters|ap|epa(?:-efe)?|shutterstock|tass|sputnik|anadolu)\b.*$|^(?:getty\s+images|reuters|afp|ap|epa|tass)$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    // "Reporting by …; Editing by …", "Written by …", "Additional reporting by …".
    [GeneratedRegex(@"^(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|reported)\s+by\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Credits();

    // "BELGOROD, Russia (AP) — ", "KYIV, May 23 (Reuters) - " at the start of the first paragraph.
    [GeneratedRegex(@"^[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][\w.'’ ]{1,30})?\s*(?:\([A-Za-z][\w .]{1,20}\))?\s*[—–-]{1,2}\s+(?=[A-Z“""])")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\bad[s]?[ -]?block", RegexOptions.IgnoreCase)]
    private static partial Regex AdBlock();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();
}
