using System.Text.RegularExpressions;
using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// "per fism", "the guardian piece", "what did rferl write": the outlets of the corpus a question names, in the
// ways people shorten them. The mention is taken out of what is searched for (an article does not name its own
// outlet) and the answer puts those outlets first. Built once per set of outlets: one expression for all of them.
public sealed partial class OutletMentions
{
    // Long and short forms of outlets that their names do not give away.
    private static readonly IReadOnlyDictionary<string, string[]> Known = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["RFE/RL"] = ["radio free europe", "radio liberty", "radio svoboda", "rfe"],
        ["BBC"] = ["bbc news", "beeb"],
    };

    private readonly Dictionary<string, string> byForm = new(StringComparer.OrdinalIgnoreCase);
    // Forms written in capitals ("BBC", "FISM"): typed in lower case they still name the outlet, though "bbc" is in
    // an English vocabulary.
    private readonly HashSet<string> initials = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex? mention;
    private readonly Regex? listedBefore;
    private readonly Regex? listedAfter;

    public OutletMentions(IEnumerable<string> outlets)
    {
        foreach (var outlet in outlets)
            foreach (var form in Forms(outlet))
            {
                byForm.TryAdd(Key(form), outlet);
                if (IsInitials(form)) initials.Add(Key(form));
            }
        if (byForm.Count == 0) return;
        var alternatives = string.Join('|', byForm.Keys.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace(@"\ ", @"\s+")));
        mention = new Regex($@"(?<![\w/])(?:(?:according\s+to|per|via)\s+)?(?<the>the\s+)?(?<form>{alternatives})(?<own>'s|s')?"
            + @"(?:\s+(?<piece>article|articles|piece|report|story|site|website|coverage|write-?up))?(?![\w/])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        listedBefore = new Regex($@"(?<![\w/])(?:{alternatives})(?:'s|s')?\s*(?:,|/|\bor\b|\band\b|\bvs\.?)\s*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        listedAfter = new Regex($@"^\s*(?:,|/|\bor\b|\band\b|\bvs\.?)\s*(?:the\s+)?(?:{alternatives})(?![\w/])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public (string Text, IReadOnlyList<string> Outlets) Find(string text)
    {
        if (mention is null) return (text, []);
        var found = new List<string>();
        var rest = mention.Replace(text, m =>
        {
            var form = m.Groups["form"].Value;
            // "The Guardian", "the guardian said", "rferl or guardian", "bbc had smth", but not "a legal guardian" nor
            // "how many times".
            if (EnglishWords.Contains(form.ToLowerInvariant()) && !initials.Contains(Key(form)) && !m.Groups["the"].Success && !char.IsUpper(form[0])
                && !listedBefore!.IsMatch(text[..m.Index]) && !listedAfter!.IsMatch(text[(m.Index + m.Length)..])) return m.Value;
            var outlet = byForm[Key(form)];
            if (!found.Contains(outlet)) found.Add(outlet);
            // "the Guardian article", "FISM's report" name the outlet's piece; "what did Radio Free Europe report" asks.
            return m.Groups["the"].Success || m.Groups["own"].Success ? " " : " " + m.Groups["piece"].Value;
        });
        return found.Count == 0 ? (text, found) : (Spaces().Replace(rest, " ").Trim(), found);
    }

    // "what did rferl say about …", "does fism news mention …", "according to the guardian, …": the question asks
    // what the outlet said, not only for its figures ("how many injured, rferl or guardian numbers?").
    public bool AsksWhatItSaid(string text)
    {
        if (mention is null) return false;
        foreach (Match m in mention.Matches(text))
            if (m.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("per ", StringComparison.OrdinalIgnoreCase)
                || AskedBefore().IsMatch(text[..m.Index]) || SaidAfter().IsMatch(text[(m.Index + m.Length)..]))
                return true;
        return false;
    }

    [GeneratedRegex(@"\b(did|does|do|has|have|had)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedBefore();

    [GeneratedRegex(@"^\s+(ever\s+|actually\s+|even\s+|also\s+)?(say|says|said|saying|report|reports|reported|reporting|write|writes|wrote|writing|mention|mentions|mentioned|mentioning|claim|claims|claimed|claiming|quote|quotes|quoted|quoting|cover|covers|covered|covering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaidAfter();

    private static string Key(string form) => Spaces().Replace(form.Trim(), " ").ToLowerInvariant();

    private static IEnumerable<string> Forms(string outlet)
    {
        var name = outlet.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name[4..];
        if (name.Length == 0) yield break;
        yield return name;
        // "RFE/RL" typed "rferl".
        if (name.Any(c => c is '/' or '.' or '-' or '&')) yield return new string(name.Where(char.IsLetterOrDigit).ToArray());
        // "FISM News": its capitalised first word stands for it.
        var first = name.Split(' ')[0];
        if (name.Contains(' ') && IsInitials(first)) yield return first;
        if (Known.TryGetValue(name, out var known) || Known.TryGetValue(outlet, out known))
            foreach (var form in known) yield return form;
    }

    private static bool IsInitials(string form) => form.Length >= 2 && form.All(c => char.IsUpper(c) || char.IsDigit(c));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
