using System.Text.RegularExpressions;
using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// One thing a question is about, with every way the corpus may spell it.
// A name is a proper noun: when the corpus never mentions it, the question is not covered.
public sealed record Concept(string Label, string Key, IReadOnlyList<string[]> Variants, bool IsName)
{
    // The question's own words for it; a passage that uses them beats one that uses a variant.
    public string[] Own { get; init; } = [];

    // Where the concept stands in the question (character offsets).
    public int Start { get; init; }
    public int End { get; init; }
}

// What kind of answer the question wants, from its question words.
public enum QuestionType { Other, When, HowLong, HowMany, Who, Why, Where }

public sealed record Correction(int Start, string Typed, string Corpus);

public sealed record Question(string Text, IReadOnlyList<Concept> Concepts, bool AsksForFigure)
{
    public QuestionType Type { get; init; }

    // The message as it was typed (the analysed Text has greetings, slang and chatter removed).
    public string Asked { get; init; } = Text;

    // A statement to check ("Is it true that …", "my uncle says …") rather than a question.
    public bool IsClaim { get; init; }

    // "What did X say / tell / make of it": a quote in which X speaks answers it best.
    public bool AsksWhatWasSaid { get; init; }

    // "How many Humvees …", "the number of fighters …": the index terms of what is to be counted (with the
    // nouns counted alike); empty when the question counts nothing it names.
    public IReadOnlySet<string> Counted { get; init; } = new HashSet<string>();

    // What a count question asks happened to them ("how many died" → killed), or null.
    public string? CountedEvent { get; init; }

    // "How much did it cost?": answered by a sum of money.
    public bool AsksForMoney { get; init; }

    // "How old is Gladkov?": answered by an age.
    public bool AsksAge { get; init; }

    // "How far is Kozinka from the border?": answered by a distance.
    public bool AsksDistance { get; init; }

    // "What's the name of the base?": answered by a name; true when a person's ("of the woman who died"), else false;
    // null when no name is asked for.
    public bool? AsksName { get; init; }

    // "Who is Bogdanov?": any sentence on him answers, unlike "who is the leader of the RVC?".
    public bool AsksWhoSomeoneIs { get; init; }

    // "Will they attack again?", "do u think …", "is it safe to travel there?": a forecast, an opinion or advice,
    // which reports of what happened do not give.
    public bool AsksBeyondReports { get; init; }

    // "did kiev get bakhmut back later in 2023", "are nukes still kept there these days": asks what came after
    // the reports, which none of them can say.
    public bool AsksAfterReports { get; init; }

    // What no report of the incident can say: a forecast, an opinion, advice, or what came after.
    public bool AsksWhatNoReportSays => AsksBeyondReports || AsksAfterReports;

    // "What brand of drones …", "what is Gladkov's salary": the thing a what/which question asks for, or null.
    public Concept? Focus { get; init; }

    // The corpus's outlets the question names ("per fism"), taken out of Text: the answer keeps to them.
    public IReadOnlyList<string> Outlets { get; init; } = [];

    // "What did RFE/RL say about …?": the outlets named are what the question is about.
    public bool AsksWhatOutletsSaid { get; init; }

    // The passage is from an outlet the question names (as its publisher or as the original of a republished article).
    public bool Names(Candidate passage) => Outlets.Contains(passage.Outlet) || (passage.OriginalOutlet is { } original && Outlets.Contains(original));

    // Names no source mentions, each asked about in a question of its own that was set aside
    // ("… + what did Bortnikov say"): reported missing, the rest answered.
    public IReadOnlyList<string> SetAside { get; init; } = [];

    // Words typed one way and found in the corpus another ("peskow" → "peskov").
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    // The question with its typos corrected and, optionally, some spans left out: what is embedded.
    public string Rewrite(IEnumerable<Concept>? without = null)
    {
        var edits = Corrections.Select(c => (c.Start, End: c.Start + c.Typed.Length, With: c.Corpus))
            .Concat((without ?? []).Select(c => (c.Start, c.End, With: "")))
            .OrderByDescending(e => e.Start).ToList();
        var text = Text;
        var last = int.MaxValue;
        foreach (var (start, end, with) in edits)
        {
            if (end > last) continue;
            text = text[..start] + with + text[end..];
            last = start;
        }
        return text;
    }

    // Whether a text names any of what the question is about, in any of its variants.
    public bool Mentions(string text)
    {
        var terms = Terms.TermsOf(text);
        return Concepts.Any(c => c.Variants.Any(v => Terms.ContainsPhrase(terms, v)));
    }

    // Same key, same question: used to find a moderator's correction for a repeat.
    public string Key => string.Join('|', Concepts.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal));
}

public static partial class QuestionAnalyzer
{
    public static Question Analyze(string text, AliasIndex.Snapshot aliases, Vocabulary.Snapshot? vocabulary = null)
    {
        // Markup typed into a chat ("<b>", "</script>") is not part of the question.
        var tokens = Terms.Tokenize(Markup().Replace(text, m => new string(' ', m.Length)))
            .Where(t => t.Length > 1 || !char.IsLetter(text[t.Start]))
            .ToList();
        var (corrections, unknown, shouted) = vocabulary is null ? ([], [], []) : Correct(text, tokens, aliases, vocabulary);
        var concepts = new List<Concept>();
        var type = TypeOf(text);
        var nameAsked = NameOf().Match(text);
        var i = 0;
        while (i < tokens.Count)
        {
            var alias = unknown.Contains(i) ? null : MatchAlias(text, tokens, i, aliases);
            // "American-made", "Ukraine-based": the name with its modifier is the name, found in any spelling.
            if (Compound(text, tokens, i) is { } compound && compound.Length > (alias?.Length ?? 0)
                && !(alias is not null && compound.Length == 2 && Modifiers.Contains(tokens[i + 1].Term)))
            {
                concepts.Add(compound.Concept);
                i += compound.Length;
                continue;
            }
            if (alias is not null)
            {
                concepts.Add(alias.Value.Concept);
                i += alias.Value.Length;
                continue;
            }
            var token = tokens[i];
            // "how long", "how far", "how big": the second word asks a question, it is not what the question is about.
            // "what date", "which day": the second word asks for a time.
            var asks = (i > 0 && tokens[i - 1].Term == "how" && HowWord().IsMatch(token.Term)) || AsksForName(text, token, nameAsked)
                || (i > 0 && tokens[i - 1].Term is "what" or "which" && token.Term is "date" or "dai" or "time" or "hour" or "month")
                // "How long did it last?": "last" asks the question with "how long".
                || (type == QuestionType.HowLong && token.Term == "last");
            if (StopWords.Contains(token.Term) || asks)
            {
                i++;
                continue;
            }
            if ((IsNameToken(text, tokens, i) && !shouted.Contains(i)) || unknown.Contains(i))
            {
                var end = i + 1;
                while (end < tokens.Count && ((IsNameToken(text, tokens, end) && !shouted.Contains(end)) || unknown.Contains(end)) && !StopWords.Contains(tokens[end].Term)
                       && MatchAlias(text, tokens, end, aliases) is null && Adjacent(text, tokens[end - 1], tokens[end]))
                    end++;
                var run = tokens[i..end].Select(t => t.Term).ToArray();
                var variants = new List<string[]> { run };
                if (run.Length > 1) variants.Add([run[^1]]);
                concepts.Add(new Concept(Surface(text, tokens, i, end), "name:" + string.Join(' ', run), variants, IsName: true)
                    { Start = tokens[i].Start, End = End(tokens[end - 1]), Own = OwnTerms(tokens, i, end) });
                i = end;
                continue;
            }
            concepts.Add(new Concept(Surface(text, tokens, i, i + 1), "term:" + token.Term,
                    [.. NumberVariants(token.Term), .. Split(text.Substring(token.Start, token.Length), vocabulary)], IsName: false)
                { Start = token.Start, End = End(token), Own = [token.Term] });
            i++;
        }
        // "Governor Gladkov": two variants of one name side by side are one mention of it.
        for (var k = concepts.Count - 1; k > 0; k--)
            if (concepts[k].Key == concepts[k - 1].Key && text[concepts[k - 1].End..concepts[k].Start].All(char.IsWhiteSpace))
            {
                concepts[k - 1] = concepts[k - 1] with { End = concepts[k].End, Label = text[concepts[k - 1].Start..concepts[k].End] };
                concepts.RemoveAt(k);
            }
        var distinct = concepts.GroupBy(c => c.Key).Select(g => g.First()).Select(c => AsGovernment(text, c)).ToList();
        return new Question(text, distinct, FigureQuestion().IsMatch(text))
        {
            Type = type, Corrections = corrections, AsksWhatWasSaid = Speech().IsMatch(text),
            Counted = CountedTerms(text, distinct), AsksForMoney = Money().IsMatch(text),
            // "Will Russia respond? What did Peskov say?" asks what was said.
            AsksBeyondReports = BeyondReports().IsMatch(text) && !Reported().IsMatch(BeyondReports().Replace(text, " ")),
            AsksAfterReports = AfterReports().IsMatch(text),
            Focus = FocusOf(text, distinct), AsksAge = HowOld().IsMatch(text), AsksDistance = HowFar().IsMatch(text),
            AsksName = nameAsked.Success ? PersonNoun().IsMatch(text[(nameAsked.Index + nameAsked.Length)..]) : null,
            AsksWhoSomeoneIs = distinct.FirstOrDefault(c => c.IsName) is { } name && WhoIs().IsMatch(text[..name.Start]),
            CountedEvent = CountOf().IsMatch(text)
                ? tokens.Select(t => Figures.EventOf(text.Substring(t.Start, t.Length))).FirstOrDefault(e => e is not null)
                : null,
        };
    }

    // "Did Moscow say …", "why would kyiv want this": a capital that speaks or acts stands for its government, which
    // news also calls by the country ("Russia says 70 attackers were killed"). "Drones hit Moscow" is the city.
    public const string GovernmentKey = "government:";

    private static Concept AsGovernment(string text, Concept concept)
    {
        // "Moscow's military": the possessive is the capital's too.
        if (!concept.IsName || !Synonyms.Governments.TryGetValue(Terms.WithoutPossessive(text[concept.Start..concept.End].ToLowerInvariant()), out var country)
            || !(ActsAfter().IsMatch(text[concept.End..]) || ActsBefore().IsMatch(text[..concept.Start])))
            return concept;
        return concept with { Key = GovernmentKey + country[0], Variants = [.. concept.Variants, .. country.Select(Terms.TermsOf)] };
    }

    [GeneratedRegex(@"^('s)?\s+((\w+ly|even|also|really|just|ever)\s+)?(say|says|said|saying|claim|claims|claimed|claiming|blame|blames|blamed|accuse|accuses|accused|respond|responds|responded|react|reacts|reacted|want|wants|wanted|think|thinks|thought|position|reaction|response|officials?|government|version|military|army|armed\s+forces|forces|troops|defen[cs]e\s+ministry|authorities|leadership|(get|gets|getting)\s+out\s+of|gain|gains|gaining|hope|hopes|hoping|hoped|plan|plans|planning|planned|try|tries|trying|tried)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActsAfter();

    [GeneratedRegex(@"\b(did|does|do|would|will|has|have|had|could|can|according\s+to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ActsBefore();

    private static HashSet<string> CountedTerms(string text, IReadOnlyList<Concept> concepts)
    {
        if (CountOf().Match(text) is not { Success: true } asked) return [];
        if (concepts.Where(c => c.Start >= asked.Index + asked.Length).MinBy(c => c.Start) is not { } counted
            || counted.Start > asked.Index + asked.Length + 1) return [];
        // "how many russian soldiers": a nationality before the noun says whose, the noun what is counted.
        if (CountedNationality().IsMatch(text[counted.Start..counted.End])
            && concepts.Where(c => c.Start > counted.End).MinBy(c => c.Start) is { } noun && noun.Start <= counted.End + 1)
            counted = noun;
        // The words typed and their one-word variants: "drones" counts drones and UAVs, not the "vehicles" of
        // "unmanned aerial vehicles".
        var terms = counted.Variants.Where(v => v.Length == 1).Select(v => v[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var word in text[counted.Start..counted.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (var alike in Figures.SameClass(word))
                terms.Add(Terms.Normalize(alike));
        return terms;
    }

    // Words the corpus does not use are matched to the corpus word they were meant to be. A word that is neither
    // in the corpus, nor English, nor correctable is taken as a name, even in lower case, where it stands like
    // one: "what did zelensky say", or with a surname's ending (-sky, -ov, -enko …).
    private static (List<Correction> Corrections, HashSet<int> Unknown, HashSet<int> Shouted) Correct(
        string text, List<Terms.Token> tokens, AliasIndex.Snapshot aliases, Vocabulary.Snapshot vocabulary)
    {
        var corrections = new List<Correction>();
        var unknown = new HashSet<int>();
        var shouted = new HashSet<int>();
        void Fix(int at, string corpusWord)
        {
            corrections.Add(new Correction(tokens[at].Start, text.Substring(tokens[at].Start, tokens[at].Length), corpusWord));
            tokens[at] = tokens[at] with { Term = Terms.Normalize(corpusWord) };
        }
        bool ListedAfterName(int at) => at > 1 && tokens[at - 1].Term is "and" or "or"
            && (tokens[at - 2].Capitalized || aliases.ByPhrase.ContainsKey(tokens[at - 2].Term)
                || vocabulary.IsRareName(text.Substring(tokens[at - 2].Start, tokens[at - 2].Length).ToLowerInvariant()));
        // A word the corpus lacks, nor is it a typo of a corpus word or a known name.
        bool Lacks(int at)
        {
            var word = text.Substring(tokens[at].Start, tokens[at].Length).ToLowerInvariant();
            return word.Length >= 3 && word.All(char.IsLetter) && !vocabulary.Contains(word) && !StopWords.Contains(tokens[at].Term)
                && !aliases.ByPhrase.ContainsKey(tokens[at].Term) && vocabulary.Correct(word) is null && CorrectName(word, aliases) is null;
        }
        // A surname: such a word that English does not have either.
        bool UnknownSurname(int at) => !EnglishWords.Contains(text.Substring(tokens[at].Start, tokens[at].Length).ToLowerInvariant()) && Lacks(at);
        // "what did john kirby say": two words the corpus lacks where a speaker stands are a first name and surname.
        for (var i = 1; i + 2 < tokens.Count; i++)
            if (SubjectBefore().IsMatch(tokens[i - 1].Term) && SpeechAfter().IsMatch(text.Substring(tokens[i + 2].Start, tokens[i + 2].Length))
                && Lacks(i) && Lacks(i + 1))
                unknown.UnionWith([i, i + 1]);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (unknown.Contains(i)) continue;
            var token = tokens[i];
            var surface = Terms.WithoutDiacritics(text.Substring(token.Start, token.Length).ToLowerInvariant());
            if (surface.EndsWith("'s", StringComparison.Ordinal)) surface = surface[..^2];
            surface = surface.Replace("'", "");
            // "matthew miler", "Mathew Miler": a name of two words the corpus writes, typed a letter off, even where
            // English has a word as typed.
            var next = i + 1 < tokens.Count
                ? Terms.WithoutDiacritics(Terms.WithoutPossessive(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length)).ToLowerInvariant()) : "";
            if (next.Length > 0 && !unknown.Contains(i + 1) && Adjacent(text, tokens[i], tokens[i + 1]) && surface.All(char.IsLetter)
                && next.All(char.IsLetter) && vocabulary.TwoWordName(surface, next) is var (corpusFirst, corpusLast))
            {
                if (corpusFirst != surface) Fix(i, corpusFirst);
                if (corpusLast != next) Fix(i + 1, corpusLast);
                i++;
                continue;
            }
            // "bogdanov and denis kapustin", "is denis kapustin the leader": a word the corpus lacks before a surname,
            // listed with a name or not an everyday English word, is a first name, whatever it looks like ("denis" is not "denies").
            if (surface.Length >= 3 && surface.All(char.IsLetter) && !vocabulary.Contains(surface) && i + 1 < tokens.Count && UnknownSurname(i + 1)
                && (ListedAfterName(i) || (!EnglishWords.IsEveryday(surface) && IsSurname(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length).ToLowerInvariant()))))
            {
                unknown.UnionWith([i, i + 1]);
                i++;
                continue;
            }
            if (!surface.All(char.IsLetter) || StopWords.Contains(token.Term) || vocabulary.Contains(surface)
                || aliases.ByPhrase.ContainsKey(token.Term) || surface.Length < 3)
                continue;
            // "miller and kirby": a word the corpus lacks, listed with a name, is a name too, unless it is a typo of
            // one ("humvees and maxpro").
            if (ListedAfterName(i))
            {
                if ((vocabulary.Correct(surface) ?? CorrectName(surface, aliases)) is { } listed) Fix(i, listed);
                else unknown.Add(i);
                continue;
            }
            // "kirby or miller": a rare English word listed before a name is a name too.
            if (EnglishWords.Contains(surface) && !EnglishWords.IsEveryday(surface) && i + 2 < tokens.Count && tokens[i + 1].Term is "and" or "or"
                && vocabulary.Correct(surface) is null && NamedAt(text, tokens, i + 2, aliases, vocabulary))
            {
                unknown.Add(i);
                continue;
            }
            if (EnglishWords.Contains(surface))
            {
                // "Miler or whatever": a capitalised word inside the question is a name, even when English has the
                // word ("miler"); one letter off a name of the alias table, it is that name.
                if (i > 0 && token.Capitalized && CorrectName(surface, aliases) is { } name)
                {
                    Fix(i, name);
                    continue;
                }
                // "DROP TABLE", "WHAT HAPPENED": a shouted English word the corpus lacks is not a name.
                if (token.Length > 1 && text.AsSpan(token.Start, token.Length).ToString().All(c => !char.IsLower(c))) shouted.Add(i);
                continue;
            }
            // "shootin", "nothin": a dropped g, where the word with it is English as it stands ("putin" + g is not).
            if (!token.Capitalized && surface.EndsWith("in", StringComparison.Ordinal) && EnglishWords.ContainsExactly(surface + "g"))
            {
                Fix(i, surface + "g");
                continue;
            }
            var corpusWord = vocabulary.Correct(surface);
            // "shoygu and the belgorod governor": a word the corpus lacks, listed before a name, is a name too.
            if (corpusWord is null && i + 2 < tokens.Count && tokens[i + 1].Term is "and" or "or" && NamedAt(text, tokens, i + 2, aliases, vocabulary))
            {
                unknown.Add(i);
                continue;
            }
            if ((corpusWord ?? CorrectName(surface, aliases)) is { } fixedWord) Fix(i, fixedWord);
            else if (IsSurname(surface)
                     || (i > 0 && i + 1 < tokens.Count && SubjectBefore().IsMatch(tokens[i - 1].Term)
                         && SpeechAfter().IsMatch(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length)))
                     || (i > 0 && PlaceBefore().IsMatch(tokens[i - 1].Term)))
                unknown.Add(i);
        }
        return (corrections, unknown, shouted);
    }

    // A name stands at this token, or after "the": capitalised, in the alias table, or a rare word of the corpus.
    private static bool NamedAt(string text, List<Terms.Token> tokens, int at, AliasIndex.Snapshot aliases, Vocabulary.Snapshot vocabulary)
    {
        if (tokens[at].Term == "the" && at + 1 < tokens.Count) at++;
        var word = text.Substring(tokens[at].Start, tokens[at].Length);
        return tokens[at].Capitalized || MatchAlias(text, tokens, at, aliases) is { Concept.IsName: true } || vocabulary.IsRareName(word.ToLowerInvariant())
            || (vocabulary.Contains(word.ToLowerInvariant()) && !EnglishWords.Contains(word.ToLowerInvariant()));
    }

    // A name the alias table spells another way than any article: "Ponomaryov" is the table's "Ponomarev".
    private static string? CorrectName(string word, AliasIndex.Snapshot aliases)
    {
        var limit = word.Length >= 8 ? 2 : 1;
        return aliases.ByPhrase
            .Where(p => p.Value.IsName && p.Key.Length >= 4 && !p.Key.Contains(' ') && p.Key.All(char.IsLetter))
            .Select(p => (Name: p.Key, Distance: Vocabulary.Fold(p.Key) == Vocabulary.Fold(word) ? 0 : Vocabulary.Distance(word, p.Key, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name).FirstOrDefault();
    }

    // A surname's ending (-sky, -ov, -enko, -in …), not a dropped g ("braggin").
    private static bool IsSurname(string word) => Surname().IsMatch(word) && !EnglishWords.Contains(word + "g");

    [GeneratedRegex(@"^[a-z]{2,}(sky|skyy|skiy|ski|enko|ov|ova|ow|owa|ev|eva|in|ina|yn|vich|ich|yuk|chuk|shvili|adze)$")]
    private static partial Regex Surname();

    [GeneratedRegex(@"^(in|at|near|from|outsid|insid|across|into)$")]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"^(did|doe|ha|had|would|will|can|could)$")]
    private static partial Regex SubjectBefore();

    [GeneratedRegex(@"^(say|said|says|think|thinks|claim|claims|tell|told|react|respond|comment|do|does|want|mean|add|added|adds|reply|replied|answer|answered|admit|admitted|deny|denied)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechAfter();

    private static readonly HashSet<string> Modifiers = new[] { "made", "based", "backed", "led", "aligned", "supplied",
        "manufactured", "built", "born", "style", "owned", "controlled", "speaking", "funded", "trained" }
        .Select(w => Terms.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    // "2 soldiers" finds "two soldiers" and the other way round.
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    // "counteroffensive" is also written "counter-offensive": a long word made of two corpus words is found as
    // the two words side by side.
    private static IEnumerable<string[]> Split(string word, Vocabulary.Snapshot? vocabulary)
    {
        var lower = word.ToLowerInvariant();
        if (vocabulary is null || lower.Length < 8 || !lower.All(char.IsLetter)) yield break;
        for (var k = 4; k <= lower.Length - 4; k++)
        {
            var (head, tail) = (lower[..k], lower[k..]);
            if (vocabulary.Contains(head) && vocabulary.Contains(tail) && !StopWords.Contains(head) && !StopWords.Contains(tail))
                yield return [Terms.Normalize(head), Terms.Normalize(tail)];
        }
    }

    private static IReadOnlyList<string[]> NumberVariants(string term)
    {
        if (int.TryParse(term, out var n) && n >= 0 && n < NumberWords.Length) return [[term], [Terms.Normalize(NumberWords[n])]];
        var index = Array.FindIndex(NumberWords, w => Terms.Normalize(w) == term);
        return index >= 0 ? [[term], [index.ToString(System.Globalization.CultureInfo.InvariantCulture)]] : [[term]];
    }

    [GeneratedRegex(@"\b(say|said|says|saying|tell|told|claim|claimed|respond|responded|react|reacted|comment|commented|announce|announced|post|posted|tweet|tweets|tweeted|write|wrote|think|thinks|thought|make of|reaction|response|statement|position|view)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Speech();

    // The first thing named after "what/which X" or "what is …": names are skipped after "is" ("what is
    // Gladkov's salary"), not after "what" alone ("which Legion …" asks about the Legion).
    private static Concept? FocusOf(string text, IReadOnlyList<Concept> concepts)
    {
        if (FocusQuestion().Match(text) is not { Success: true } asked) return null;
        var after = asked.Index + asked.Length;
        var copula = asked.Groups["copula"].Success;
        // Only a word that heads what is asked ("brand of", "salary as", "famous for?"), not an adjective before it
        // ("the sarcastic thing").
        return concepts.Where(c => c.Start >= after).OrderBy(c => c.Start)
            .FirstOrDefault(c => !c.IsName || !copula) is { IsName: false } focus && HeadEnds().IsMatch(text[focus.End..]) ? focus : null;
    }

    [GeneratedRegex(@"^\s*([?!.,;:]|$|(of|for|as)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadEnds();

    [GeneratedRegex(@"\bhow\s+far\s+(is|was|are|were|'s)\b[^?]*\b(from|to)\b|\bdistance\s+(from|between|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowFar();

    [GeneratedRegex(@"\bhow\s+old\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowOld();

    [GeneratedRegex(@"^\W*(what|which|whose)(?<copula>'s\b|s\b|\s+(is|was|are|were)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex FocusQuestion();

    [GeneratedRegex(@"^\W*(will|shall)\b|^\W*(is|are)\s+(it|this|that|they|there|\w+)\s+going\s+to\b|^\W*(do\s+|does\s+)?(you|u|ya|anyone)\s+think\b|\bwhat\s+do\s+(you|u)\s+think\b|\bin\s+the\s+future\b|\bshould\s+(i|we)\b|\bsafe\s+to\s+(travel|visit|holiday)\b|\b(nice|good|fun|cheap|safe|great)\s+place\s+to\s+(visit|live|travel|go)\b|\bworth\s+(visiting|a\s+visit|a\s+trip)\b|\bin\s+your\s+(opinion|view)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeyondReports();

    [GeneratedRegex(@"\b(these\s+days|nowadays|to\s+this\s+day|(months|years)\s+later|(months|years)\s+after\s+(this|that|it|the\s+raid)|later\s+(in|that)\s+(\d{4}|year|the\s+year)|the\s+following\s+(year|months)|next\s+year|in\s+the\s+(months|years)\s+(after|since|that\s+followed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterReports();

    [GeneratedRegex(@"\b(say|said|says|tell|told|claim|claimed|comment|commented|announce|announced|post|posted|write|wrote|statement|warn|warned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    private static QuestionType TypeOf(string text)
    {
        var lower = text.ToLowerInvariant();
        if (HowLong().IsMatch(lower)) return QuestionType.HowLong;
        if (FigureQuestion().IsMatch(lower)) return QuestionType.HowMany;
        if (When().IsMatch(lower)) return QuestionType.When;
        if (Why().IsMatch(lower)) return QuestionType.Why;
        if (Where().IsMatch(lower)) return QuestionType.Where;
        if (Who().IsMatch(lower)) return QuestionType.Who;
        return QuestionType.Other;
    }

    [GeneratedRegex(@"\bhow long\b|\bfor how many (hours|days|minutes)\b|\bduration\b|\bhow many (hours|days|minutes)\b")]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\bwhen\b|\b(what|which) (time|day|date|month)\b")]
    private static partial Regex When();

    [GeneratedRegex(@"\bwhy\b|\bwhat for\b|\bwhat (was|were|is|are) (the|their|its|his|her) (\w+ )?(aim|goal|purpose|motive|reason|point)|\b(aim|goal|purpose|motive|point) of\b|\bwhat did (they|the \w+) want\b|\bhoping to\b|\btrying to\b|\bachieve\b|\bgetting out of\b|\bin it for\b|\bendgame\b|\blogic\b|\brationale\b")]
    private static partial Regex Why();

    [GeneratedRegex(@"\bwhere\b|\bwhich (village|villages|town|towns|city|region|district|place|places)\b")]
    private static partial Regex Where();

    // "The guys who went in were neo-Nazis" is not a who-question: a relative "who" follows what it is about.
    [GeneratedRegex(@"(?<!\b(the(\s+\w+)?|those|people|ones|men|women|fighters|soldiers|attackers|raiders|militants|groups?|someone|anyone|somebody|everyone|others)\s+)\bwho\b|\bwhose\b|\b(which|what) (group|groups|unit|units|side|country|outlet|person|outfit|outfits|organi[sz]ations?|militias?)\b")]
    private static partial Regex Who();

    [GeneratedRegex(@"\bwho\s*(is|was|'s|are|were)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();

    private static (Concept Concept, int Length)? MatchAlias(string text, List<Terms.Token> tokens, int start, AliasIndex.Snapshot aliases)
    {
        for (var length = Math.Min(aliases.LongestPhrase, tokens.Count - start); length >= 1; length--)
        {
            var run = tokens.GetRange(start, length);
            var key = string.Join(' ', run.Select(t => t.Term));
            if (length == 1 && StopWords.Contains(key)) continue;
            // "Legion Free Russia": a name's words in another order, all capitalised as typed, are that name.
            if (!aliases.ByPhrase.TryGetValue(key, out var group)
                && !(length >= 2 && run.All(t => t.Capitalized || StopWords.Contains(t.Term))
                     && !StopWords.Contains(run[0].Term) && !StopWords.Contains(run[^1].Term)
                     && aliases.ByWords.TryGetValue(AliasIndex.WordsKey(run.Select(t => t.Term)), out group)))
                continue;
            var capitalized = run.Any(t => t.Capitalized) && !(start == 0 && length == 1);
            return (new Concept(Surface(text, tokens, start, start + length), group.Key, group.Variants,
                group.IsName || (capitalized && !group.Key.StartsWith("syn:", StringComparison.Ordinal)))
                { Start = tokens[start].Start, End = End(tokens[start + length - 1]), Own = OwnTerms(tokens, start, start + length) }, length);
        }
        return null;
    }

    // "Belgorod-22", "US-made", "counter-offensive": hyphenated words are one phrase,
    // also searched written as one word ("counteroffensive").
    private static (Concept Concept, int Length)? Compound(string text, List<Terms.Token> tokens, int start)
    {
        var end = start + 1;
        while (end < tokens.Count && Hyphenated(text, tokens[end - 1], tokens[end])) end++;
        if (end - start < 2) return null;
        var run = tokens[start..end];
        // "the American-weapons reports": a name and an ordinary noun typed with a hyphen are two words.
        if (run.Count == 2 && run[0].Capitalized && !run[1].Capitalized && !Modifiers.Contains(run[1].Term)
            && EnglishWords.Contains(text.Substring(run[1].Start, run[1].Length).ToLowerInvariant()))
            return null;
        var phrase = run.Select(t => t.Term).ToArray();
        var joined = Terms.Normalize(string.Concat(run.Select(t => text.AsSpan(t.Start, t.Length).ToString().Replace("’", "").Replace("'", ""))));
        var variants = new List<string[]> { phrase };
        if (joined.Length > 0 && joined.All(char.IsLetterOrDigit)) variants.Add([joined]);
        var isName = run.Any(t => t.Capitalized) && (start > 0 || run.Skip(1).Any(t => t.Capitalized));
        return (new Concept(Surface(text, tokens, start, end), (isName ? "name:" : "term:") + string.Join(' ', phrase), variants, isName)
            { Start = run[0].Start, End = End(run[^1]), Own = phrase }, end - start);
    }

    private static bool Hyphenated(string text, Terms.Token left, Terms.Token right) =>
        right.Start == left.Start + left.Length + 1 && text[left.Start + left.Length] is '-' or '‑' or '–';

    // A capitalised word is taken as a name, except the first word of the question
    // (sentence case), unless that one is written in capitals (FSB).
    private static bool IsNameToken(string text, List<Terms.Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.Capitalized || char.IsDigit(text[token.Start])) return false;
        if (i > 0) return true;
        var raw = text.AsSpan(token.Start, token.Length);
        return raw.Length > 1 && char.IsUpper(raw[1]);
    }

    private static bool Adjacent(string text, Terms.Token left, Terms.Token right)
    {
        var gap = text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length);
        return gap.Trim().IsEmpty || gap.Trim() is "-";
    }

    private static string[] OwnTerms(List<Terms.Token> tokens, int start, int end) => tokens[start..end].Select(t => t.Term).ToArray();

    private static int End(Terms.Token token) => token.Start + token.Length;

    private static string Surface(string text, List<Terms.Token> tokens, int start, int end) =>
        text[tokens[start].Start..(tokens[end - 1].Start + tokens[end - 1].Length)];

    [GeneratedRegex(@"</?[A-Za-z][^<>]{0,200}>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\bhow (many|much|large|big|long)\b|\bnumber of\b|\bfigures?\b|\btoll\b|\bcasualt|\bcount\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureQuestion();

    [GeneratedRegex(@"^(long|far|big|larg|often|old|soon|bad|seriou)$")]
    private static partial Regex HowWord();

    // "what was the town called?": the last word asks for a name.
    // nameOf: where the question says "what's the name of" (NameOf), if it does.
    private static bool AsksForName(string text, Terms.Token token, Match nameOf)
    {
        var end = token.Start + token.Length;
        return (token.Term is "call" or "name" && NameAsked().IsMatch(text[..end]) && text[end..].TrimStart().StartsWith('?'))
            || (token.Term == "name" && nameOf.Success && nameOf.Index <= token.Start && nameOf.Index + nameOf.Length >= end);
    }

    // "What's the name of the border guard?": the answer is a name.
    [GeneratedRegex(@"\bwhat('s|s|\s+(is|was|are|were))?\s+(the\s+)?(full\s+|real\s+)?names?\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    [GeneratedRegex(@"\b(woman|man|guy|person|people|soldier|soldiers|guard|guards|officer|official|head|chief|commander|leader|spokesman|spokeswoman|spokesperson|journalist|reporter|victim|pilot|governor|mayor|fighter|member|boss|minister|general|girl|boy|kid|civilian|resident)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonNoun();

    [GeneratedRegex(@"\bwhat('s|\s+(is|was|are|were))\b[^?]*\b(called|named)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameAsked();

    // Whose, not what: "how many civilian deaths" counts civilians, so only nationalities and sides.
    [GeneratedRegex(@"^(russian|ukrainian|american|british|belarusian|chechen|polish|georgian|german|french|us|u\.s\.?|western|kremlin|pro-\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedNationality();

    // "how many of the attackers": the count is of what follows "of the".
    [GeneratedRegex(@"(\bhow many|\bnumber of)\s+(of\s+(the|those|these|them|their)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex CountOf();

    [GeneratedRegex(@"\bhow much\b.*\b(cost|costs|price|pay|paid|spend|spent|worth|money)\b|\bprice of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();
}
