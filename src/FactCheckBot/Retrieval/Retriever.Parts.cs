using System.Text.RegularExpressions;
using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// What a message asks, before anything is searched: chatter dropped, outlets it names noted, a question of its own
// about a name no source mentions set aside, and a message of several questions parted into them.
public sealed partial class Retriever
{
    // Greetings, slang and chatter are dropped before anything is looked up; the question keeps what was typed.
    private (Question, List<ConceptStats>) Understand(string asked, CorpusVersion version)
    {
        var words = vocabulary.Current(version);
        var cleaned = ChatText.Clean(asked, words.IsRareName);
        var isClaim = ChatText.IsClaim(asked) || ChatText.IsClaim(cleaned);
        var (text, outlets) = search.Sources(version).Mentions.Find(cleaned);
        // "Good morning! Quick one: was Kyiv behind this?" is a yes/no question once the greeting is gone.
        var question = QuestionAnalyzer.Analyze(text.Any(char.IsLetter) ? text : cleaned, aliases.Current(version), words) with
        {
            Asked = asked, IsClaim = isClaim, Outlets = outlets,
            AsksWhatOutletsSaid = outlets.Count > 0 && search.Sources(version).Mentions.AsksWhatItSaid(cleaned),
        };
        var stats = Weigh(question, version);
        // "Was the FSB building hit? + what did Bortnikov say": a question of its own about a name no source
        // mentions, beside one about a name they do, or beside a question of its own about something they mention
        // ("… what did the groups claim + what did kapustin say?"), is set aside and the name reported missing.
        var aside = new List<(int Start, int End, int CutStart, int CutEnd, string Name)>();
        foreach (var unknown in stats.Where(s => !s.Exists && s.Concept.IsName).Select(s => s.Concept))
        {
            var part = PartAround(question.Text, unknown.Start);
            if (!aside.Any(a => a.Start == part.Start))
                aside.Add((part.Start, part.End, part.CutStart, part.CutEnd, question.Text[unknown.Start..unknown.End]));
        }
        bool Outside((int Start, int End) b) => !aside.Any(a => a.Start == b.Start);
        var outside = stats.Where(s => !aside.Any(a => s.Concept.Start >= a.Start && s.Concept.Start < a.End)).ToList();
        // Every part about an unknown name goes; what is left must ask on its own, not about that person ("… what unit
        // does he command?").
        var asksOnItsOwn = outside.Any(s => s.Exists && s.Concept.IsName)
            || PartBounds(question.Text).Where(Outside).Any(b => WhQuestion().IsMatch(question.Text[b.Start..b.End])
                && !AboutPerson().IsMatch(question.Text[b.Start..b.End])
                && outside.Any(s => s.Exists && !s.Common && !IsNumber(s.Concept) && s.Concept.Start >= b.Start && s.Concept.Start < b.End));
        if (!asksOnItsOwn) aside.Clear();
        if (aside.Count == 0) return (question, stats);
        var kept = aside.OrderByDescending(a => a.Start).Aggregate(question.Text, (text, a) => text[..a.CutStart] + " " + text[a.CutEnd..]);
        question = Reanalyze(question, kept.Trim(), version) with { SetAside = aside.OrderBy(a => a.Start).Select(a => a.Name).ToList() };
        return (question, Weigh(question, version));
    }

    // "what did peskov and podolyak say": two people the sources name, asked what each said, are asked about one
    // by one (one passage seldom quotes both); else no parts.
    private List<(Question Question, List<ConceptStats> Stats)> EachSpeaker(Question question, List<ConceptStats> stats, CorpusVersion version)
    {
        if (!question.AsksWhatWasSaid || question.IsClaim) return [];
        var text = question.Text;
        var names = stats.Where(s => s.Concept.IsName && s.Exists && !s.Common).Select(s => s.Concept).OrderBy(c => c.Start).ToList();
        for (var i = 0; i + 1 < names.Count; i++)
        {
            var (first, second) = (names[i], names[i + 1]);
            if (!ListJoin().IsMatch(text[first.End..second.Start])) continue;
            // The question without the second name, then without the first.
            string[] each = [text[..first.End] + text[second.End..], text[..first.Start] + text[second.Start..]];
            return each.Select(t => Reanalyze(question, t.Trim(), version)).Select(part => (part, Weigh(part, version))).ToList();
        }
        return [];
    }

    [GeneratedRegex(@"^\s*(,|and|or|&|plus|,\s*and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoin();

    // Part of a question analysed on its own, keeping what was found of the whole message.
    private Question Reanalyze(Question whole, string text, CorpusVersion version) =>
        QuestionAnalyzer.Analyze(text, aliases.Current(version), vocabulary.Current(version)) with
        {
            Asked = whole.Asked, IsClaim = whole.IsClaim, Outlets = whole.Outlets, SetAside = whole.SetAside,
            AsksWhatOutletsSaid = whole.AsksWhatOutletsSaid,
        };

    // "How many were hurt? and who was behind it?": the parts of a message of several questions, when each asks
    // about something of its own the corpus has (not just the incident's setting); else none.
    private List<(Question Question, List<ConceptStats> Stats)> Parts(Question question, List<ConceptStats> stats, CorpusVersion version)
    {
        var text = question.Text;
        var bounds = PartBounds(text);
        if (bounds.Count < 2) return EachSpeaker(question, stats, version);
        // A part stands alone when it is a question about a name of its own, or about two things of its own (one,
        // asked with a question word: "how many fighters were there?") without pointing back ("did it work?", "what
        // did he say then?" belong to the part before).
        bool OwnSubject((int Start, int End) b)
        {
            var own = stats.Where(s => s.Exists && !s.Common && !IsNumber(s.Concept) && s.Concept.Start >= b.Start && s.Concept.Start < b.End).ToList();
            var part = text[b.Start..b.End];
            // A part that ended in a question mark asks, whatever its words ("is it true that us humvees were used?").
            return (ChatText.IsQuestion(part) || (b.End < text.Length && text[b.End] == '?'))
                && (own.Any(s => s.Concept.IsName) || ((own.Count >= 2 || (own.Count == 1 && WhQuestion().IsMatch(part)))
                    && !PointsOutside(b)));
        }
        // "how many vehicles did russia say it destroyed": "it" is the part's own subject, not the part before.
        bool PointsOutside((int Start, int End) b) => PointsBack().IsMatch(SaysOfItself().Replace(text[b.Start..b.End], "$1"));
        // "how many ppl got evacuated, and where did they end up staying?": a where / when / why / how / who question
        // that points back at what the part before asks about is a question of its own about that.
        bool CarriesOn((int Start, int End) b) => b.Start > 0 && CarriedQuestion().IsMatch(text[b.Start..b.End])
            && PointsBack().IsMatch(text[b.Start..b.End]);
        var standAlone = bounds.Count(OwnSubject);
        if (standAlone < 2 && !(standAlone == 1 && OwnSubject(bounds[0]) && bounds.Skip(1).Any(CarriesOn))) return [];
        // A part with nothing of its own ("… , and when?") stays with the part before it.
        var merged = new List<(int Start, int End, string Carried)>();
        foreach (var b in bounds)
            if (merged.Count > 0 && !OwnSubject(b) && !CarriesOn(b)) merged[^1] = (merged[^1].Start, b.End, merged[^1].Carried);
            else if (merged.Count > 0 && !OwnSubject((merged[^1].Start, merged[^1].End)) && merged[^1].Carried.Length == 0)
                merged[^1] = (merged[^1].Start, b.End, "");
            else merged.Add((b.Start, b.End, OwnSubject(b) || merged.Count == 0 ? ""
                : merged[^1].Carried.Length > 0 ? merged[^1].Carried : Subject(merged[^1].Start, merged[^1].End)));
        if (merged.Count < 2) return [];
        // What a part asks about, for the part that points back at it: its words the corpus has.
        string Subject(int start, int end) => string.Join(' ', stats
            .Where(s => s.Exists && !IsNumber(s.Concept) && s.Concept.Start >= start && s.Concept.Start < end).Select(s => text[s.Concept.Start..s.Concept.End]));
        return merged.Select(b =>
        {
            var own = text[b.Start..b.End].Trim();
            var asked = own.TrimEnd('?', '!', '.', ' ');
            var part = Reanalyze(question, b.Carried.Length == 0 ? own : $"{asked} {b.Carried}{own[asked.Length..]}", version);
            // "is it true that us humvees were used? what did the state dept guy say": the claim is the first part;
            // the second asks what was said.
            if (part.IsClaim && WhQuestion().IsMatch(part.Text)) part = part with { IsClaim = false };
            return (part, Weigh(part, version));
        }).ToList();
    }

    // The parts' answers as one: their quotes in turn (each once), the names and words each part missed.
    private Evidence Merge(Question question, List<ConceptStats> stats, List<Evidence> parts)
    {
        var settings = options.Value;
        var quotes = new List<Quote>();
        for (var round = 0; quotes.Count < settings.MaxQuotes && parts.Any(p => round < p.Quotes.Count); round++)
            foreach (var quote in parts.Where(p => round < p.Quotes.Count).Select(p => p.Quotes[round]))
                if (quotes.Count < settings.MaxQuotes
                    && !quotes.Any(q => q.Passage.SourceId == quote.Passage.SourceId && q.Start < quote.End && quote.Start < q.End))
                    quotes.Add(quote);
        var missing = parts.SelectMany(p => p.Missing).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new Evidence(question, stats, missing, quotes, parts.SelectMany(p => p.Considered).ToList(), parts.All(p => p.NothingToSearch))
        {
            Passages = parts.SelectMany(p => p.Passages).DistinctBy(p => p.PassageId).ToList(),
            AbsentImportance = parts.Select(p => p.AbsentImportance).FirstOrDefault(i => i is not null),
        };
    }

    // The parts of a message of several questions, parted at question marks, semicolons, a "+" and an "and" or a
    // comma before a new question ("…, and did Zelensky respond") or a new statement to check ("legion is ponomarev
    // right, and the rvc guy is denis kapustin?"); breaks at its very start or end part nothing.
    private static List<(int Start, int End)> PartBounds(string text)
    {
        var bounds = new List<(int Start, int End)>();
        var start = 0;
        foreach (var m in PartBreak().Matches(text).Where(m => m.Index > 0 && m.Index + m.Length < text.Length))
        {
            bounds.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        bounds.Add((start, text.Length));
        return bounds;
    }

    // The part that holds a position, and what to cut to leave it out: with the break before it, or after it
    // when it comes first.
    private static (int Start, int End, int CutStart, int CutEnd) PartAround(string text, int at)
    {
        var bounds = PartBounds(text);
        var k = bounds.FindLastIndex(b => b.Start <= at);
        var (start, end) = bounds[k];
        return k > 0 ? (start, end, bounds[k - 1].End, end)
            : (start, end, 0, bounds.Count > 1 ? bounds[1].Start : text.Length);
    }

    [GeneratedRegex(@"^\W*((also|and|plus|btw|so)\s+)*(who|whom|whose|what|when|where|why|how|which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhQuestion();

    [GeneratedRegex(@"^\W*((also|and|plus|btw|so|then)\s+)*(who|when|where|why|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriedQuestion();

    [GeneratedRegex(@"\b(he|him|his|she|her|hers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutPerson();

    // "did russia say it …", "has the russian mod claimed they …": the subject named, then a pronoun for it.
    [GeneratedRegex(@"\b((?:did|does|do|has|have|had)\s+(?!(?:it|they|he|she|this|that)\b)\w+(?:\s+\w+){0,2}\s+(?:say|says|said|claim|claims|claimed|report|reports|reported|announce|announced)\s+(?:that\s+)?)(?:it|they|he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysOfItself();

    // "there" points back ("what happened there"), but not in "how many were there", "has there been", "there's".
    [GeneratedRegex(@"\b(he|him|his|she|her|it|its|they|them|their|this|that|these|those|(?<!\b(is|are|was|were|has|have|had|will|would|isn't|aren't|wasn't|weren't)\s+)there(?!\s+(is|are|was|were|has|have|had|will|would)\b|['’]s\b)|any|anyone|anybody|anything)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"[?;]+|\s\+\s|,?\s+(and|also|plus|&)\s+((roughly|approximately|also|then|exactly|just|so|besides)\s+)?(?=(what|who|how|why|when|where|which|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)|,\s*(?=(what|who|how|why|when|where|which|did|does|is|was|has)\b)|,\s+and\s+(?=the\s+(\w+\s+){1,3}(is|was)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PartBreak();
}
