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
    // doubt of a denial speaks for the claim, not against it.
    public static string? Of(string quote) =>
        DoubtedDenial().IsMatch(quote) ? null : Denial().IsMatch(quote) ? Denies : Doubt().IsMatch(quote) ? Doubts : null;

    [GeneratedRegex(@"\b(despite|although|though|while)\b[^.;]*\bden(y|ies|ied|ial|ials|ying)\b[^.;]*\b(hard|difficult) to believe\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubtedDenial();

    [GeneratedRegex(@"\b(den(y|ies|ied|ial|ials|ying)|not involved|nothing to do with|no connection|(dismiss|reject|refut)(ed|es|s)?|not true|untrue|false|fake|fabricat\w*|did not (encourage|enable|take part|participate|carry out)|no evidence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(sceptical|skeptical|cast doubt|doubt(s|ed|ful)?|(could|can|has|have|had|were|was)\s+not\s+(yet\s+)?(been\s+|be\s+)?(independently\s+)?(verified|confirmed)|unverified|unconfirmed|hard to believe|difficult to believe|not clear|unclear)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubt();
}
