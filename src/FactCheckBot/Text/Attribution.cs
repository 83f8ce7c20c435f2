using System.Text.RegularExpressions;

namespace FactCheckBot.Text;

// Who is speaking in a sentence of an article ("Gladkov said", "according to Reuters",
// "…,” he said") and whether the outlet hedges it ("claimed", "could not be independently verified").
public static partial class Attribution
{
    private const string Verbs =
        "said|says|say|told|tells|claimed|claims|claim|added|adds|insisted|insists|insist|announced|announces|reported|" +
        "reports|stated|wrote|writes|asserted|asserts|alleged|alleges|allege|denied|denies|deny|acknowledged|warned|" +
        "warns|estimated|blamed|blames|accused|accuses|reiterated|suggested|suggests|argued|argues|admitted|declared|" +
        "commented|noted|explained|maintained|maintains|confirmed";

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
        { "he", "she", "it", "they", "we", "i", "him", "her", "them" };

    // "Residents who saw them said": an object pronoun ends a clause of the subject's, it does not speak.
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i" };

    private static readonly HashSet<string> BadEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "by", "of", "to", "for", "with", "from", "over", "on", "in",
        "at", "that", "which", "who", "the", "a", "an", "and", "or", "but", "not", "as", "than", "it", "this", "these",
    };

    // "some say", "many believe": an unnamed crowd is not a speaker a reader can weigh.
    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "many", "others", "several", "few", "most", "all", "one", "someone", "somebody", "anyone", "everyone",
        "nobody", "people", "some people", "many people", "observers",
    };

    private static readonly HashSet<string> ReportingTerms =
        Verbs.Split('|').Append("according").Select(v => Terms.Normalize(v)).ToHashSet(StringComparer.Ordinal);

    // The text ends with a reporting verb ("… Podolyak said"), as a quotation after it is spoken.
    public static bool EndsWithReportingVerb(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOfAny(' ', '\n');
        var word = text[(space + 1)..].ToString();
        return ReportingTerms.Contains(Terms.Normalize(word.ToLowerInvariant())) && word != "according";
    }

    // Every speaker pattern needs a reporting verb or "according to": a cheap test before the regexes.
    public static bool MayHaveSpeaker(string sentence, IEnumerable<string> sentenceTerms) =>
        OpensQuote(sentence) || sentenceTerms.Any(ReportingTerms.Contains);

    // context: the text before the sentence (for "he said"); following: the sentence after it,
    // where a quotation that runs over several sentences names its speaker.
    public static string? Speaker(string sentence, string? context, string? following = null)
    {
        var speaker = DirectSpeaker(sentence);
        if (speaker is null && following is not null && OpensQuote(sentence))
            speaker = DirectSpeaker(following);
        if (speaker is null || !Pronouns.Contains(speaker)) return speaker;
        return context is null ? null : Resolve(context);
    }

    // Starts a quotation it does not close.
    private static bool OpensQuote(string sentence)
    {
        if (sentence.Length == 0 || sentence[0] is not ('“' or '"')) return false;
        var closes = sentence.Count(c => c == '”') + sentence.Count(c => c == '"') - 1;
        return closes <= 0;
    }

    // The nearest named speaker before a pronoun ("…,” he said"), looking back through the context.
    private static string? Resolve(string context)
    {
        var sentences = Sentences.Split(context);
        for (var i = sentences.Count - 1; i >= 0 && i >= sentences.Count - 4; i--)
        {
            var sentence = context[sentences[i].Start..sentences[i].End];
            var found = DirectSpeaker(sentence);
            if (found is not null && !Pronouns.Contains(found)) return found;
        }
        return null;
    }

    private static string? DirectSpeaker(string sentence)
    {
        var quoteThenVerb = QuoteThenSaidWho().Match(sentence);
        if (quoteThenVerb.Success) return CleanSubject(quoteThenVerb.Groups["who"].Value);
        var quoteThenWho = QuoteThenWhoSaid().Match(sentence);
        if (quoteThenWho.Success) return CleanSubject(quoteThenWho.Groups["who"].Value);

        var clause = MainClause(sentence);
        var subjectVerb = SubjectVerb().Match(clause);
        if (subjectVerb.Success && CleanSubject(subjectVerb.Groups["subject"].Value) is { } subject) return subject;

        var according = AccordingTo().Match(sentence);
        return according.Success ? CleanSubject(according.Groups["who"].Value) : null;
    }

    // "Although officials have denied involvement, some say …" speaks through its main clause.
    private static string MainClause(string sentence)
    {
        var lead = Subordinate().Match(sentence);
        if (!lead.Success) return sentence;
        var comma = sentence.IndexOf(',', lead.Length);
        return comma < 0 ? sentence : sentence[(comma + 1)..].TrimStart();
    }

    // "Drones struck an oil depot overnight, the regional governor said": the speaker follows the last comma
    // when what comes before it is a clause of its own.
    private static string AfterReportedClause(string subject)
    {
        var comma = subject.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return subject;
        var (before, after) = (subject[..comma], subject[(comma + 2)..]);
        var isClause = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && ClauseVerb().IsMatch(before);
        var isSpeaker = after.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 8
            && (after.StartsWith("the ", StringComparison.Ordinal) || char.IsUpper(after[0]));
        return isClause && isSpeaker ? after : subject;
    }

    [GeneratedRegex(@"(?<=\s)(?:after|before|when|because|while|since|until|once|whereas)\s+")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\b(?:struck|hit|hits|killed|attacked|damaged|destroyed|shelled|fell|exploded|died|injured|wounded|were|was|had|have|has|is|are|will|would|could)\b")]
    private static partial Regex ClauseVerb();

    private static string? CleanSubject(string raw)
    {
        var subject = raw.Trim().Trim(',', ':', ';', '“', '”', '"', ' ');
        // "The US has distanced itself from an incursion – which Moscow says ended …": Moscow speaks only in the
        // clause after the dash; the sentence's own claim is the outlet's.
        if (DashClause().IsMatch(subject)) return null;
        // "Budanov – who heads the directorate – said": the aside between dashes is not the name.
        subject = DashAside().Replace(subject, "");
        subject = LeadingAdverbial().Replace(subject, "");
        subject = LeadingConnective().Replace(subject, "");
        subject = InnerClause().Replace(subject, "");
        subject = TrailingTime().Replace(subject, "");
        subject = TrailingAdverb().Replace(subject, "");
        subject = AfterReportedClause(subject.Trim().TrimEnd(','));
        // "Russian authorities evacuated residents … after the raiding forces declared …": who declared follows the
        // conjunction that opens the declaring clause.
        if (Conjunction().Matches(subject).LastOrDefault() is { } conjunction
            && subject[(conjunction.Index + conjunction.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 8)
            subject = subject[(conjunction.Index + conjunction.Length)..];
        subject = subject.Trim().Trim(',', ' ');
        if (subject.Length == 0 || subject.Contains('“') || subject.Contains('”') || subject.Contains('"')) return null;
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "As a more general principle, as we’ve said …, we do not encourage …": "as we've said" is an aside of the
        // quotation, not who speaks it.
        if (words.Length is 2 or 3 && words[0].Equals("as", StringComparison.OrdinalIgnoreCase)
            && words[1].Split('’', '\'')[0].ToLowerInvariant() is "we" or "i") return null;
        // "Another showed them firing from a location they claimed was inside Russia": the one claiming is the
        // pronoun of the clause, not the sentence before it.
        if (words.Length > 1 && SubjectPronouns.Contains(words[^1]) && words[^2] is not ("and" or "or")) return words[^1];
        if (words.Length > 14 || BadEndings.Contains(words[^1])) return null;
        if (words.Length == 1 && BadEndings.Contains(words[0])) return null;
        if (Vague.Contains(subject)) return null;
        if (subject.Length > 100)
        {
            var named = subject.Split(',').Select(s => s.Trim()).FirstOrDefault(s => s.Length > 0 && char.IsUpper(s[0]));
            if (named is null) return null;
            subject = named;
        }
        return subject;
    }

    public static IReadOnlyList<string> Hedges(string text, string? nextSentence)
    {
        var terms = new List<string>();
        foreach (Match match in Hedge().Matches(text))
        {
            var term = match.Value.ToLowerInvariant();
            if (!terms.Contains(term)) terms.Add(term);
        }
        if (nextSentence is not null && Disclaimer().Match(nextSentence) is { Success: true } disclaimer)
            terms.Add(disclaimer.Value.ToLowerInvariant() + " (next sentence)");
        return terms;
    }

    [GeneratedRegex(@"[”""’]\s*,?\s+(?:" + Verbs + @")\s+(?<who>[^.;:“”""]{2,100}?)\s*(?:[.;:]|$|\s(?:on|in|at|during|after|to|via|late|early)\s)")]
    private static partial Regex QuoteThenSaidWho();

    [GeneratedRegex(@"[,.!?…][”""’]\s+(?<who>[^“”"".;:]{2,100}?)\s+(?:\w+ly\s+)?(?:" + Verbs + @")\b")]
    private static partial Regex QuoteThenWhoSaid();

    [GeneratedRegex(@"^(?<subject>[^“”""]{2,160}?)\s+(?:\w+ly\s+)?(?:" + Verbs + @")\b")]
    private static partial Regex SubjectVerb();

    [GeneratedRegex(@"\baccording to (?:reporting by |a report by |reports by |a report from )?(?<who>[^.,;:“”""]{2,80}?)\s*(?:[.,;:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?:Although|Though|Even though|While|Whereas|As|When|If|Because|Since|Despite|After|Before)\b")]
    private static partial Regex Subordinate();

    [GeneratedRegex(@"^(?:(?i:In|On|At|During|After|Before|As well as|Commenting|Speaking|Writing|Asked|Later|Earlier|Meanwhile|However|Still|Also|Separately|Amid|Amidst|Following|Despite|Throughout|Overnight|Given)\b[^,]*,\s*)+")]
    private static partial Regex LeadingAdverbial();

    [GeneratedRegex(@"\s[–—]\s*(?:which|who|that|as)\b[^–—]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DashClause();

    [GeneratedRegex(@"\s+[–—][^–—]+[–—]\s*$")]
    private static partial Regex DashAside();

    [GeneratedRegex(@"^(?:But|And|So|Yet|However|Meanwhile|Also|Still|Then|Instead)\b,?\s+")]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@",\s*(?:which|who|citing|whose|where|in|on|at|with|for|by|as|like)\b[^,]*(?:,|$)")]
    private static partial Regex InnerClause();

    [GeneratedRegex(@"\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|night|morning|evening)(?:\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s+(?:morning|evening|night|afternoon))?$")]
    private static partial Regex TrailingTime();

    [GeneratedRegex(@"(?:\s+(?:earlier|later|also|yesterday|today|previously|now|then|still|again|have|has|had|will|would|could|only|first|repeatedly|publicly|initially|however))+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAdverb();

    [GeneratedRegex(@"\b(?:claim(?:ed|s|ing)?|alleg(?:edly|ed|es|e|ations?)|reportedly|reported that|citing unconfirmed sources|apparent(?:ly)?|appear(?:ed|s)? to|appeared|purported(?:ly)?|unconfirmed|unverified|believed to|said to (?:have|be)|(?:could|can|cannot|has|have|had|were|was)\s+not\s+(?:yet\s+)?(?:been\s+|be\s+)?independently\s+(?:verified|confirmed)|could not be (?:verified|confirmed)|(?:is|are|was|were)\s+(?:still\s+)?unclear|not clear|described as|suggested|could have been|likely|sceptical|skeptical|cast doubt|not possible to confirm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:could not|cannot|can not|have not|has not|had not|were not|was not)\s+(?:yet\s+)?(?:been\s+|be\s+)?independently\s+(?:verified|confirmed)|\bcould not be (?:verified|confirmed)", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
