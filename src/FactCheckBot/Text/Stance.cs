using System.Text.RegularExpressions;

namespace FactCheckBot.Text;

// Whether a quote speaks against what it is about: a denial ("Kyiv denies involvement", "has nothing to do
// with it") or doubt ("sceptical", "cast doubt", "could not be independently verified"). What a claim's
// answer shows beside the quotes that repeat it; never a verdict.
public static partial class Stance
{
    public const string Denies = "denies";
    public const string Doubts = "doubts";

    // "Despite official denials from Kyiv, it is hard to believe this raid was launched without assistance":
    // doubt of a denial speaks for the claim, not against it. about: whether a clause is about the claim
    // checked; "While Ukraine has denied any connection to the units, they … appeared to be equipped with US
    // vehicles" denies nothing about US vehicles.
    public static string? Of(string quote, Func<string, bool>? about = null)
    {
        if (DoubtedDenial().IsMatch(quote)) return null;
        bool Against(Regex words) => words.Matches(quote).Any(m => about is null || about(ClauseAt(quote, m.Index)));
        return Against(Denial()) ? Denies : Against(Doubt()) ? Doubts : null;
    }

    // The clause around a position: between punctuation, or a "while", "but", "although" that starts another.
    private static string ClauseAt(string text, int at)
    {
        var start = 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            if (m.Index > at) return text[start..m.Index];
            start = m.Index + m.Length;
        }
        return text[start..];
    }

    [GeneratedRegex(@"[,;:.!?()—–]|\s-\s|\b(while|but|although|though|whereas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(despite|although|though|while)\b[^.;]*\bden(y|ies|ied|ial|ials|ying)\b[^.;]*\b(hard|difficult) to believe\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubtedDenial();

    [GeneratedRegex(@"\b(den(y|ies|ied|ial|ials|ying)|not involved|nothing to do with|no connection|(dismiss|reject|refut)(ed|es|s)?|not true|untrue|false|fake|fabricat\w*|did not (encourage|enable|take part|participate|carry out)|no evidence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(sceptical|skeptical|cast doubt|doubt(s|ed|ful)?|(could|can|has|have|had|were|was)\s+not\s+(yet\s+)?(been\s+|be\s+)?(independently\s+)?(verified|confirmed)|unverified|unconfirmed|hard to believe|difficult to believe|not clear|unclear)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubt();
}
