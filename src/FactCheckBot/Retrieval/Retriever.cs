using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using FactCheckBot.Embeddings;
using FactCheckBot.Text;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Retrieval;

// Question -> evidence: BM25 candidates, then the sentence span of each passage that
// covers most of what was asked, then the best spans spread across sources.
public sealed partial class Retriever(
    PassageSearch search, AliasIndex aliases, Vocabulary vocabulary, SentenceIndex index, SentenceVectors vectors,
    IOptions<RetrievalOptions> options)
{
    private const int MaxQuoteChars = 600;
    private const int MaxQuoteSentences = 3;

    // Words and meaning in one call: BM25 over passages (with name variants and corrected typos) and the
    // sentences nearest in meaning, fused; then each passage's best sentence span for this question.
    // A message of several questions ("how many were hurt, and who was behind it?") is answered part by part.
    public async Task<Evidence> RetrieveAsync(string asked, CancellationToken cancellationToken)
    {
        var version = search.Version();
        var (question, stats) = Understand(asked, version);
        var parts = Parts(question, stats, version);
        if (parts.Count == 0) return FromNamedOutlets(await RetrieveAsync(question, stats, version, cancellationToken));
        var each = new List<Evidence>();
        foreach (var (part, partStats) in parts) each.Add(await RetrieveAsync(part, partStats, version, cancellationToken));
        return Merge(question, stats, each);
    }

    private async Task<Evidence> RetrieveAsync(Question question, List<ConceptStats> stats, CorpusVersion version, CancellationToken cancellationToken)
    {
        // A question refused for a name no source mentions needs no vectors.
        if (!index.Enabled || stats.Count == 0 || question.AsksWhatNoReportSays || RefusedForNames(question, stats)) return Search(question, stats, null, null, version);
        // The question is embedded with its typos corrected, and again without the words no source uses:
        // how far apart the two are says how much of the question those words carry.
        var absent = stats.Where(IsAbsentWord).Select(s => s.Concept).ToList();
        var texts = absent.Count == 0 ? [question.Rewrite()] : new[] { question.Rewrite(), question.Rewrite(absent) };
        // The model embeds the question on another core while FTS5 finds the passages that share its words.
        var embedding = Task.Run(() => vectors.EmbedQueryAsync(texts, cancellationToken), cancellationToken);
        var byWords = ByWords(stats);
        var found = await embedding;
        if (found is null) return Search(question, stats, null, null, version, byWords);
        double? importance = found.Length > 1 ? Math.Clamp(1 - TensorPrimitives.Dot(found[0], found[1]), 0, 1) : null;
        return Search(question, stats, found[0], importance, version, byWords);
    }

    // BM25 candidates for the concepts the corpus has, in any of their variants.
    private IReadOnlyList<Candidate> ByWords(List<ConceptStats> stats) =>
        FtsQuery.Build(stats.Where(s => s.Exists).SelectMany(s => s.Concept.Variants)) is { } match
            ? search.Candidates(match, options.Value.CandidatePassages) : [];

    // Words only: what the answer is without vectors (Embeddings:Enabled false, or the model failing).
    public Evidence Retrieve(string asked)
    {
        var version = search.Version();
        var (question, stats) = Understand(asked, version);
        var parts = Parts(question, stats, version);
        return parts.Count == 0 ? FromNamedOutlets(Search(question, stats, null, null, version))
            : Merge(question, stats, parts.Select(p => Search(p.Question, p.Stats, null, null, version)).ToList());
    }

    // "What did RFE/RL say about the evacuations?" asks what RFE/RL said: when no outlet the question asks about has
    // a quote that answers it, it is not covered, and the answer names the outlets that report on it instead.
    // ("How many injured, rferl or guardian numbers?" is answered from the others, saying that those have nothing.)
    private static Evidence FromNamedOutlets(Evidence evidence)
    {
        if (!evidence.Question.AsksWhatOutletsSaid || evidence.Quotes.Count == 0 || evidence.Quotes.Any(q => evidence.Question.Names(q.Passage)))
            return evidence;
        return evidence with
        {
            Quotes = [], Passages = [],
            ReportedByOthers = evidence.Quotes.Select(q => q.Passage.OriginalOutlet ?? q.Passage.Outlet).Distinct().ToList(),
        };
    }

    private static bool IsAbsentWord(ConceptStats s) => !s.Exists && !s.Concept.IsName && !IsNumber(s.Concept);

    private static bool IsNumber(Concept concept) => concept.Variants[0].All(t => t.All(char.IsDigit));

    private Evidence Search(Question question, List<ConceptStats> stats, float[]? vector, double? importance, CorpusVersion version,
        IReadOnlyList<Candidate>? byWords = null)
    {
        // An ordinary word no source uses weighs by how much of the question's meaning it carries; without
        // vectors, like the question's heaviest known word.
        var known = stats.Where(s => s.Exists).Sum(s => s.Weight);
        var absentCount = stats.Count(IsAbsentWord);
        if (importance is { } share && absentCount > 0)
            stats = stats.Select(s => IsAbsentWord(s) ? s with { Weight = Math.Max(0.05, known * share * options.Value.AbsentWordScale / absentCount) } : s).ToList();
        var missing = question.SetAside.Concat(MissingLabels(question, stats)).ToList();
        // A question of bare numbers ("' OR 1=1 --") has nothing to anchor a search.
        var nothingToSearch = question.Concepts.All(c => IsNumber(c));
        if (nothingToSearch) return new Evidence(question, stats, [], [], [], NothingToSearch: true);
        if (question.AsksWhatNoReportSays) return new Evidence(question, stats, [], [], []);

        // A name no source mentions makes the question not covered, unless it stands in a list with names that
        // are covered ("Zelensky and Peskov"): then the rest is answered and the name is reported missing.
        var missingNames = question.SetAside.Concat(MissingLabels(question, stats.Where(s => s.Concept.IsName || s.Exists).ToList())).ToList();
        if (RefusedForNames(question, stats)) return new Evidence(question, stats, missing, [], []);
        stats = stats.Where(s => s.Exists || !s.Concept.IsName).ToList();

        var probe = vector is null ? null : new SentenceIndex.Probe(vector);
        var candidates = byWords ?? ByWords(stats);
        if (probe is not null) candidates = Fuse(candidates, index.Nearest(probe, options.Value.CandidateSentences, version));
        if (candidates.Count == 0) return new Evidence(question, stats, missing, [], []);

        var similarities = probe is null ? null : index.Similarities(probe, candidates.Select(c => c.PassageId));
        var spans = candidates.Select((c, i) => BestSpan(c, i, candidates.Count, question, stats,
            similarities?.GetValueOrDefault(c.PassageId), importance ?? 0)).ToList();
        var quotes = Select(spans, stats, question);
        // "How many were evacuated from Graivoron?": when no source gives a figure, the quotes that say it happened
        // answer, and the answer says that none gives a number.
        var noFigure = false;
        if (quotes.Count == 0 && question.Type == QuestionType.HowMany && question.CountedEvent is not null && !question.AsksForMoney
            && options.Value.CountNeedsFigure)
        {
            var withoutFigures = spans.Select(s => s with { Qualifies = s.WithoutFigure.Qualifies, Relevant = s.WithoutFigure.Relevant }).ToList();
            if (Select(withoutFigures, stats, question) is { Count: > 0 } stated) (spans, quotes, noFigure) = (withoutFigures, stated, true);
        }
        // An answer lists the names it could not find; a refusal also the words.
        if (quotes.Count > 0) missing = missingNames;
        else if (missing.Count == question.SetAside.Count && spans.Count > 0) missing = [.. question.SetAside, .. Unmatched(spans.MaxBy(s => s.Coverage)!, stats)];
        var considered = spans.Select(s => new ScoredPassage(s.Passage.PassageId, s.Passage.SourceId, s.Passage.Rank,
            Math.Round(s.Coverage, 3), Math.Round(s.Score, 3))
        {
            Similarity = s.Similarity is { } sim ? Math.Round(sim, 3) : null, Start = s.Start, End = s.End, Qualified = s.Qualifies,
        }).ToList();
        return new Evidence(question, stats, missing, quotes, considered)
        {
            Passages = spans.OrderByDescending(s => s.Score).Select(s => s.Passage).ToList(),
            AbsentImportance = importance, NoFigure = noFigure,
        };
    }

    // Reciprocal rank fusion (k = 60) of the BM25 passages and the passages of the nearest sentences.
    private List<Candidate> Fuse(IReadOnlyList<Candidate> bm25, IReadOnlyList<SentenceIndex.Hit> nearest)
    {
        const double k = 60;
        var byMeaning = nearest.Select(h => h.PassageId).Distinct().ToList();
        var scores = new Dictionary<long, double>();
        for (var i = 0; i < bm25.Count; i++) scores[bm25[i].PassageId] = 1 / (k + i + 1);
        for (var i = 0; i < byMeaning.Count; i++) scores[byMeaning[i]] = scores.GetValueOrDefault(byMeaning[i]) + 1 / (k + i + 1);
        var known = bm25.Select(c => c.PassageId).ToHashSet();
        var all = bm25.Concat(search.ByIds(byMeaning.Where(id => !known.Contains(id)).ToList()));
        return all.OrderByDescending(c => scores[c.PassageId]).Take(options.Value.CandidatePassages).ToList();
    }

    // "How many Humvees …?" is answered by a count of Humvees (or of nouns counted alike: "fighters" for
    // "attackers"), "how much did it cost?" by a sum of money, a count question naming nothing by any count.
    private static bool GivesCount(string text, List<Terms.Token> tokens, Question question)
    {
        if (question.AsksForMoney) return MoneyText().IsMatch(text);
        // "How many died?" is not answered by a count of evacuees: the quote must say the same thing happened.
        if (question.CountedEvent is not null && !StatesEvent(text, tokens, question)) return false;
        // "How many fighters were in the raid?" asks how many took part: "70 fighters were killed" counts the dead.
        if (question.CountedEvent is null && question.Counted.Contains("fighter")
            && !question.Concepts.Any(c => c.Key is "syn:killed" or "syn:wounded" or "syn:casualties" or "syn:evacuated" or "syn:damaged")
            && tokens.Any(t => Figures.EventOf(text.Substring(t.Start, t.Length)) is not null)) return false;
        // "dozens of them", "several others": a pronoun counts what the sentence is about.
        // "attackers" and "attack" share a stem: "came under attack … in one of the largest raids" counts no attackers.
        bool Counted(int j) => j >= 0 && j < tokens.Count
            && ((question.Counted.Contains(tokens[j].Term) && !Figures.NamesAnAct(text.Substring(tokens[j].Start, tokens[j].Length)))
                || text.Substring(tokens[j].Start, tokens[j].Length) is "them" or "those" or "others");
        // "a civilian had been killed": one, when the counted noun follows at once ("an attack" counts no attackers);
        // for a count that names nothing ("what did Gladkov say about casualties"), any noun counted so.
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (text.Substring(tokens[i].Start, tokens[i].Length) is "a" or "an" or "A" or "An"
                && (question.Counted.Count == 0 || Counted(i + 1)) && Figures.IsCountedNoun(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length)))
                return true;
        if (question.Counted.Count == 0) return tokens.Any(t => Figures.IsCount(text.Substring(t.Start, t.Length)));
        // "eight people", "hundreds of Belgorod residents"; "the number of militia fighters at 80".
        return FigureBeside(text, tokens, Counted);
    }

    // A figure beside a noun of the kind a count question counts ("the number of militia fighters at 80"; not "two
    // paramilitary groups" or "7 units").
    private static bool CountsWhatIsAsked(string text, List<Terms.Token> tokens, Question question) =>
        question.Counted.Count > 0 && FigureBeside(text, tokens,
            j => question.Counted.Contains(tokens[j].Term) && Figures.IsCountedNoun(text.Substring(tokens[j].Start, tokens[j].Length)));

    // A word that gives a count within four words of one that is counted.
    private static bool FigureBeside(string text, List<Terms.Token> tokens, Func<int, bool> counted)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Figures.IsCount(text.Substring(tokens[i].Start, tokens[i].Length))) continue;
            for (var j = Math.Max(0, i - 4); j <= Math.Min(tokens.Count - 1, i + 4); j++)
                if (j != i && counted(j)) return true;
        }
        return false;
    }

    // Coverage with the question's other ordinary words weighing like the setting: all but what is counted, what
    // happened to it, names and figures.
    private static double CoverageOfCount(bool[] mask, List<ConceptStats> stats, Question question, double setting) =>
        Coverage(mask, stats, i =>
        {
            var concept = stats[i].Concept;
            var kept = concept.IsName || IsNumber(concept) || !stats[i].Exists
                || concept.Variants.Any(v => v is [var t] && question.Counted.Contains(t))
                || question.Text[concept.Start..concept.End].Split(' ').Any(w => Figures.EventOf(w) is not null);
            return kept ? 1 : setting;
        });

    // "Russian authorities evacuated residents from … Graivoron": the quote says that what a count question counts happened.
    private static bool StatesEvent(string text, List<Terms.Token> tokens, Question question) =>
        question.CountedEvent is { } happened && tokens.Any(t => Figures.EventOf(text.Substring(t.Start, t.Length)) == happened);

    // "What's the name of the civilian who died?" is not answered by the name of the one who says a civilian died.
    private static string WithoutSpeaker(string text, string? speaker) =>
        speaker is null || speaker.Length == 0 ? text : text.Replace(speaker, "", StringComparison.Ordinal);

    // "What's the name of the base?" is answered by a name the question does not already give: a capitalised word
    // inside a sentence ("Belgorod-22"), not a nationality ("a Russian border guard"); "the name of the woman who died"
    // by a person's name, two such words in a row ("Ilya Bogdanov").
    private static bool NamesSomethingElse(string text, List<ConceptStats> stats, bool person)
    {
        var asked = stats.SelectMany(s => s.Concept.Variants).SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        var tokens = Terms.Tokenize(text);
        var run = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            var (token, before) = (tokens[i], text[..tokens[i].Start].TrimEnd());
            var word = text.Substring(token.Start, token.Length);
            var named = char.IsUpper(word[0]) && before.Length > 0 && before[^1] is not ('.' or '!' or '?' or '“' or '"')
                && !Nationality().IsMatch(word) && !asked.Contains(token.Term);
            run = !named ? 0 : run > 0 && text[(tokens[i - 1].Start + tokens[i - 1].Length)..token.Start] == " " ? run + 1 : 1;
            if (run >= (person ? 2 : 1)) return true;
            if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)) run = 0;
        }
        return false;
    }

    [GeneratedRegex(@"^([A-Z][a-z]+(ian|ians|ish|ese|ean|eans)|Western|Soviet|US|U\.S|UK|Nato|NATO|European|Europeans|Americans?|Russians?|Ukrainians?)$")]
    private static partial Regex Nationality();

    [GeneratedRegex(@"[$€£₽]\s?\d|\b\d[\d,.]*\s*(million|billion|bn|m)?\s*(dollars|roubles|rubles|euros|pounds|hryvnias?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyText();

    // A name no source mentions, a year none mentions ("another raid in 2024"), a month or day none mentions
    // ("in june", "on May 30"), or the very thing a what-question asks for ("what brand of drones") puts the
    // question outside the corpus.
    private static bool RefusedForNames(Question question, List<ConceptStats> stats)
    {
        if (Enumerable.Range(0, stats.Count).Any(i => !stats[i].Exists
                && ((stats[i].Concept.IsName && !InListWithKnownName(question, stats, i)) || IsYear(stats[i].Concept))))
            return true;
        var times = stats.Where(s => IsTime(question, s.Concept)).ToList();
        if (times.Count > 0 && times.All(s => !s.Exists)) return true;
        return question.Focus is { } focus && stats.FirstOrDefault(s => s.Concept.Key == focus.Key) is { Exists: false } asked
            && !IsNumber(asked.Concept) && EnglishWords.Contains(question.Text[focus.Start..focus.End].ToLowerInvariant());
    }

    private static bool IsYear(Concept concept) =>
        concept.Variants[0] is [var term] && term.Length == 4 && int.TryParse(term, out var year) && year is >= 1900 and <= 2100;

    // A month, a day of the week, or a day of a month ("May 30").
    private static bool IsTime(Question question, Concept concept) =>
        TimeWord().IsMatch(question.Text[concept.Start..concept.End])
        || (IsNumber(concept) && MonthBefore().IsMatch(question.Text[..concept.Start]));

    [GeneratedRegex(@"^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthBefore();

    // "Zelensky and Peskov", "Peskov, Zelensky or Miller", "Shoigu and the Belgorod governor": the unknown name is one of a list.
    private static bool InListWithKnownName(Question question, List<ConceptStats> stats, int unknown)
    {
        foreach (var (other, at) in stats.Select((s, i) => (s, i)))
        {
            if (at == unknown || !other.Exists || !other.Concept.IsName) continue;
            var (left, right) = other.Concept.Start < stats[unknown].Concept.Start ? (other.Concept, stats[unknown].Concept) : (stats[unknown].Concept, other.Concept);
            if (left.End > right.Start) continue;
            var between = question.Text[left.End..right.Start].Trim().ToLowerInvariant();
            if (between is "and" or "or" or "&" or "/" or ", and" or ", or" or "and the" or "or the") return true;
            // "Peskov, Zelensky or Miller" is a list; "after Graivoron, Shebekino got shelled" is not.
            if (between is "," or ", the" && ListGoesOn().IsMatch(question.Text[right.End..])) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(years?|months?|weeks?|days?|hours?|minutes?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationUnit();

    [GeneratedRegex(@"\b\d{1,3}[- ]years?[- ]old\b|\baged\s+\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    // "12 km", "a 10-km strip", "five kilometres", "several miles": a count before a unit of length.
    private static bool GivesDistance(string text) =>
        LengthUnit().Matches(text).Any(m => m.Groups["digits"].Success || Figures.IsCount(m.Groups["word"].Value));

    [GeneratedRegex(@"\b(?:(?<digits>\d[\d,.]*)[\s-]*|(?<word>[a-z]+)(?:\s+of)?[\s-]+)(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LengthUnit();

    [GeneratedRegex(@"^(The\s+(measures|restrictions|regime|order|decision|move)|These|Those|Such)\b")]
    private static partial Regex OpensPointingBack();

    [GeneratedRegex(@"^\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributeOf();

    [GeneratedRegex(@"^\s*(,|and\b|or\b|&)", RegexOptions.IgnoreCase)]
    private static partial Regex ListGoesOn();

    // Inverse document frequency per concept. A name the corpus never uses weighs most (it makes the question
    // not covered); an ordinary word it never uses ("flee", "weather") weighs like the question's heaviest known
    // word, so a quote needs the question's meaning to cover it; a number it never uses weighs little.
    private List<ConceptStats> Weigh(Question question, CorpusVersion version)
    {
        // The years the articles were published in ("what happened in May 2023") place the question in the
        // incident's time: they are not searched for.
        var published = search.Sources(version).Years;
        var concepts = question.Concepts.Where(c => !(IsYear(c) && published.Contains(c.Variants[0][0]))).ToList();
        var terms = concepts.SelectMany(c => c.Variants).SelectMany(v => v);
        var (df, passages) = search.Statistics(terms, version);
        var total = Math.Max(1, passages);
        var raw = concepts.Select(concept =>
        {
            long Variant(string[] v) => v.Min(t => df.GetValueOrDefault(t));
            // An unknown first name makes an unknown person: "John Miller" is not "Matthew Miller".
            var frequency = concept.Key.StartsWith("name:", StringComparison.Ordinal)
                ? Variant(concept.Variants[0])
                : Math.Min(total, concept.Variants.Sum(Variant));
            // An everyday word a small corpus happens to use once or twice ("run", "along") is not rare news:
            // it weighs as if a twentieth of the passages used it.
            if (frequency > 0 && !concept.IsName && concept.Own is [_] && EverydayWord(question.Text, concept))
                frequency = Math.Max(frequency, total / 20);
            return new ConceptStats(concept, frequency, Math.Log(1 + total / (frequency + 0.5)))
            {
                // A government named by its capital ("did Moscow say") is who a quote must name, in any of its names.
                Common = concept.IsName && !concept.Key.StartsWith(QuestionAnalyzer.GovernmentKey, StringComparison.Ordinal)
                    && total >= 20 && frequency >= total * options.Value.CommonNameShare,
            };
        }).ToList();
        // "How many were hurt? seeing 8, 12": the figures a count question mentions are what it asks to check,
        // not words a quote must repeat.
        // "How long did it last, 2 years?": the same for a duration and its unit.
        if (question.Type == QuestionType.HowMany)
            raw = raw.Select(s => IsNumber(s.Concept) ? s with { Weight = Math.Min(s.Weight, 0.5) } : s).ToList();
        if (question.Type == QuestionType.HowLong)
            raw = raw.Select(s => IsNumber(s.Concept) || DurationUnit().IsMatch(question.Text[s.Concept.Start..s.Concept.End])
                ? s with { Weight = Math.Min(s.Weight, 0.5) } : s).ToList();
        // "How many dudes were in this raid": the incident itself is the setting of every question here; beside
        // something else the question asks about, a quote need not name it.
        // "How long did the fighting go on", "when did the raid start" ask about the incident itself.
        if (question.Type is not (QuestionType.HowLong or QuestionType.When)
            && raw.Any(s => s.Exists && !s.Concept.IsName && !IsNumber(s.Concept) && !IsIncident(s.Concept)))
            raw = raw.Select(s => IsIncident(s.Concept) ? s with { Weight = s.Weight * options.Value.IncidentWeight } : s).ToList();
        var known = raw.Where(s => s.Exists).Select(s => s.Weight).DefaultIfEmpty(2.0).Max();
        return raw.Select(s => s.Exists || s.Concept.IsName ? s
            : s with { Weight = IsNumber(s.Concept) ? 0.5 : Math.Max(2.0, known) }).ToList();
    }

    private static bool IsIncident(Concept concept) => concept.Key is "syn:raid" or "syn:fighting";

    private static bool EverydayWord(string text, Concept concept) =>
        EnglishWords.IsEveryday(text[concept.Start..concept.End].ToLowerInvariant());

    private sealed record Span(Candidate Passage, int Start, int End, double Coverage, double Score, string? Speaker, bool NamesMatched,
        bool[] Matched, double? Similarity, bool Qualifies)
    {
        // Clears the bar lowered by Retrieval:OtherOutletsRelaxation: enough for another outlet's take on a
        // question some quote already answers.
        public bool Relevant { get; init; }

        // The speaker is a person or body the question names.
        public bool SpeaksName { get; init; }

        // For a claim: the span denies or doubts it.
        public string? Stance { get; init; }

        // For a claim: the span denies it and names one whom it names.
        public bool Denies { get; init; }

        // For a count question no source gives a figure for: whether the span would qualify, or be relevant, for
        // saying that the counted thing happened.
        public (bool Qualifies, bool Relevant) WithoutFigure { get; init; }
    }

    private Span BestSpan(Candidate passage, int rankIndex, int count, Question question, List<ConceptStats> stats, Dictionary<int, float>? similarities,
        double importance)
    {
        var settings_ = options.Value;
        var sentences = Sentences.Split(passage.Text);
        var terms = sentences.Select(s => Terms.TermsOf(passage.Text, s.Start, s.End)).ToList();
        var masks = terms.Select(t => MatchConcepts(t, stats)).ToList();
        // "When did the raid start?": a sentence that dates the raid says when it started ("raided … on May 22"), and one
        // that says when or how long the incident went on is about the raid, whatever it calls it ("The fighting began
        // on Monday", "the skirmishes … lasted two days").
        var started = question.Type == QuestionType.When ? stats.FindIndex(s => s.Concept.Key == "syn:started") : -1;
        Func<string, bool>? aboutIncident = question.Type == QuestionType.HowLong ? AnswerTypes.TimesEvent
            : started >= 0 ? AnswerTypes.DatesStart : null;
        if (aboutIncident is not null)
        {
            var incident = Enumerable.Range(0, stats.Count).Where(i => IsIncident(stats[i].Concept)).ToList();
            for (var s = 0; s < sentences.Count && (incident.Count > 0 || started >= 0); s++)
            {
                var sentence = passage.Text[sentences[s].Start..sentences[s].End];
                if (started >= 0 && !masks[s][started] && AnswerTypes.DatesEvent(sentence)) masks[s][started] = true;
                if ((started < 0 || masks[s][started]) && incident.Any(i => !masks[s][i]) && aboutIncident(sentence))
                    foreach (var i in incident) masks[s][i] = true;
            }
        }
        // "In Washington, officials cast doubt over claims that US-supplied weapons had been used." and as the next paragraph
        // "“I will say that we're sceptical …,” said … Matthew Miller.": the quotation is the summary's evidence, about
        // what the summary says.
        if (passage.Text.Length > 0 && passage.Text[0] is '“' or '"' && PreviousSentence(passage) is { } summary
            && summary.IndexOfAny(['“', '”', '"']) < 0 && Reports().IsMatch(summary))
        {
            var summarised = MatchConcepts(Terms.TermsOf(summary), stats);
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var i = 0; i < summarised.Length; i++) masks[s][i] |= summarised[i];
                if (!Sentences.QuotationOpen(passage.Text, sentences[s].End)) break;
            }
        }
        // "What are they trying to achieve?": a sentence that states an aim ("they were creating a demilitarised zone") says
        // what the question's word for an aim asks, whatever word it uses.
        var aim = question.Type == QuestionType.Why ? stats.FindIndex(s => s.Concept.Key == "syn:aim") : -1;
        if (aim >= 0)
            for (var s = 0; s < sentences.Count; s++)
                if (!masks[s][aim] && AnswerTypes.StatesAim(passage.Text[sentences[s].Start..sentences[s].End])) masks[s][aim] = true;
        // A quote must name every name the question asks about, except the incident's setting: names in a large
        // share of the corpus (Belgorod, Ukraine) weigh like other words and may be left out of a quote close in meaning
        // (Retrieval:CommonNameSimilarity).
        var nameIndexes = Enumerable.Range(0, stats.Count).Where(i => stats[i].Concept.IsName && !stats[i].Common).ToList();
        var rankBonus = 0.1 * (1 - (double)rankIndex / Math.Max(1, count));
        double? Similarity(int s) => similarities is null || !similarities.TryGetValue(sentences[s].Start, out var sim) ? null : sim;

        // Speakers cost a few regexes each, so only passages that could qualify get them.
        var union = new bool[stats.Count];
        foreach (var mask in masks)
            for (var i = 0; i < stats.Count; i++) union[i] |= mask[i];
        var optimistic = (bool[])union.Clone();
        foreach (var i in nameIndexes) optimistic[i] = true;
        var maxSimilarity = Enumerable.Range(0, sentences.Count).Max(s => Similarity(s) ?? 0);
        var penalty = settings_.AbsentWordPenalty * importance;

        // Most candidates cannot clear even the lowered bar whatever span is taken: they are scored on their
        // best sentence without the costlier steps (speakers, growth, kinds of answers).
        var reach = Coverage(optimistic, stats);
        if (reach < settings_.MinCoverage - settings_.OtherOutletsRelaxation - 1e-9 && maxSimilarity < settings_.MinSimilarity + penalty
            && reach + maxSimilarity < settings_.MinRelevance + penalty - settings_.OtherOutletsRelaxation)
        {
            var top = Enumerable.Range(0, sentences.Count)
                .MaxBy(s => Coverage(masks[s], stats) + settings_.SimilarityWeight * (Similarity(s) ?? 0));
            var topCoverage = Coverage(masks[top], stats);
            return new Span(passage, sentences[top].Start, sentences[top].End, topCoverage,
                topCoverage + settings_.SimilarityWeight * (Similarity(top) ?? 0) + rankBonus, null, false, masks[top], Similarity(top), false);
        }

        // The lazy values below are made and read on this thread alone: no locks.
        var speakers = new Lazy<string?>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (at, sentenceTerms, index_) = (sentences[s], terms[s], s);
            speakers[s] = new Lazy<string?>(() =>
            {
                var sentence = passage.Text[at.Start..at.End];
                if (!Attribution.MayHaveSpeaker(sentence, sentenceTerms)) return null;
                var following = index_ + 1 < sentences.Count
                    ? passage.Text[sentences[index_ + 1].Start..sentences[index_ + 1].End]
                    : NextSentence(passage, passage.Text.Length);
                return Attribution.Speaker(sentence, (passage.PreviousText ?? "") + " " + passage.Text[..at.Start], following);
            }, LazyThreadSafetyMode.None);
        }
        if (Coverage(optimistic, stats) >= settings_.MinCoverage - 1e-9 || maxSimilarity >= settings_.MinSimilarity)
            for (var s = 0; s < sentences.Count; s++)
            {
                if (nameIndexes.All(i => masks[s][i]) || speakers[s].Value is not { } speaker) continue;
                var bySpeaker = MatchConcepts(Terms.TermsOf(speaker), stats);
                foreach (var i in nameIndexes) masks[s][i] |= bySpeaker[i];
            }

        // The sentence that best answers: most of the question in its words or its meaning, and the kind of
        // thing asked for (a date for "when", a figure for "how many" …); shortest on a tie.
        var typeFits = new Lazy<double>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var at = sentences[s];
            typeFits[s] = new Lazy<double>(() => AnswerTypes.Fit(question, passage.Text[at.Start..at.End], stats), LazyThreadSafetyMode.None);
        }
        var bases = Enumerable.Range(0, sentences.Count)
            .Select(s => Coverage(masks[s], stats) + settings_.SimilarityWeight * (Similarity(s) ?? 0)).ToArray();
        // The kind-of-answer bonus costs regexes, so only sentences it could lift to the top are checked.
        var contenders = bases.Max() - AnswerTypes.MaxFit;
        double Rank(int s) => bases[s] + (bases[s] >= contenders ? typeFits[s].Value : 0);
        var best = 0;
        for (var s = 1; s < sentences.Count; s++)
        {
            var (a, b) = (Rank(s), Rank(best));
            if (a > b + 1e-9 || (Math.Abs(a - b) <= 1e-9 && sentences[s].Length < sentences[best].Length)) best = s;
        }
        var (from, to, matched) = (best, best, (bool[])masks[best].Clone());
        while (to - from + 1 < MaxQuoteSentences && Coverage(matched, stats) < 1 - 1e-9)
        {
            var grown = Grow(sentences, masks, matched, from, to, stats, added =>
            {
                var other = speakers[added].Value;
                var own = speakers[best].Value;
                return other is null || own is null || other == own;
            });
            if (grown is null) break;
            (from, to, matched) = grown.Value;
        }
        // A neighbouring sentence joins the quote if the quote stays short and it has no other speaker.
        // quoted: the neighbour is part of the same quotation, whoever its own words seem to name ("as I said").
        bool Join(int next, bool quoted = false)
        {
            if (next < 0 || next >= sentences.Count || to - from + 1 >= MaxQuoteSentences) return false;
            var (f, t) = (Math.Min(from, next), Math.Max(to, next));
            if (sentences[t].End - sentences[f].Start > MaxQuoteChars) return false;
            var (nextSpeaker, bestSpeaker) = (speakers[next].Value, speakers[best].Value);
            if (!quoted && nextSpeaker is not null && bestSpeaker is not null && nextSpeaker != bestSpeaker) return false;
            (from, to) = (f, t);
            for (var i = 0; i < matched.Length; i++) matched[i] |= masks[next][i];
            return true;
        }

        // A quotation of several sentences is quoted whole when it fits: "“I will say that we're sceptical … But as
        // we've also said, it is up to Ukraine …,” said … Matthew Miller." is one statement, its speaker named at the end.
        while (from > 0 && Sentences.QuotationOpen(passage.Text, sentences[from].Start) && Join(from - 1, quoted: true)) { }
        while (to + 1 < sentences.Count && Sentences.QuotationOpen(passage.Text, sentences[to].End) && Join(to + 1, quoted: true)) { }

        // A neighbour as close in meaning as the sentence itself belongs to the same answer
        // ("…a base called Belgorod-22 was shelled. The base has been used … for nuclear warheads.").
        if (Similarity(best) is { } anchor && settings_.NeighbourSimilarity > 0)
            foreach (var next in new[] { from - 1, to + 1 })
                if (next >= 0 && next < sentences.Count && Similarity(next) is { } near
                    && near >= Math.Max(settings_.MinSimilarity - 0.1, anchor - settings_.NeighbourSimilarity))
                    Join(next);

        // "What did Podolyak say?": his next quotation ("“As you know, tanks are sold …,” he said.") is more of his words.
        if (question.AsksWhatWasSaid && speakers[best].Value is { } saying
            && MatchConcepts(Terms.TermsOf(saying), stats) is var says && nameIndexes.Any(i => says[i]))
            while (to + 1 < sentences.Count && passage.Text[sentences[to + 1].Start] is '“' or '"' && speakers[to + 1].Value == saying && Join(to + 1)) { }

        // "Who …?" wants a name: a quote that only says "two members of the armed group" takes the neighbouring
        // sentence that names them ("Reuters later identified one of them as Ilya Bogdanov").
        if (question.Type == QuestionType.Who && !AnswerTypes.HasName(passage.Text[sentences[from].Start..sentences[to].End]))
            foreach (var next in new[] { to + 1, from - 1 })
                if (next >= 0 && next < sentences.Count && AnswerTypes.HasName(passage.Text[sentences[next].Start..sentences[next].End]) && Join(next))
                    break;

        var similarity = Similarity(best);
        var coverage = Coverage(matched, stats);
        var start = sentences[from].Start;
        var end = sentences[to].End;
        // "…including the Freedom of Russia Legion. According to a report, the group led by Ilya Ponomarev …":
        // a name in the sentence before still names what the quote is about (looked up only for a name the quote lacks).
        var before = new Lazy<bool[]?>(() => from > 0 ? masks[from - 1]
            : PreviousSentence(passage) is { } previous ? MatchConcepts(Terms.TermsOf(previous), stats) : null, LazyThreadSafetyMode.None);
        // "The measures were only lifted the following afternoon": a quote that opens by pointing back is about the
        // thing the sentence before it names ("… declare a counter-terrorism operation …"), not about its other words.
        if (OpensPointingBack().IsMatch(passage.Text.AsSpan(start, end - start)) && before.Value is { } earlier)
        {
            for (var i = 0; i < matched.Length; i++)
                matched[i] |= earlier[i] && (stats[i].Concept.IsName || stats[i].Concept.Key.StartsWith("alias:", StringComparison.Ordinal));
            coverage = Coverage(matched, stats);
        }
        bool Named(int i) => matched[i] || before.Value?[i] == true;
        var commonMatched = Enumerable.Range(0, stats.Count).Where(i => stats[i].Concept.IsName && stats[i].Common).All(Named);
        // Another outlet's take on an answered question may leave the setting out a little further from the question
        // ("several others were injured", for "how many were injured in Belgorod").
        // "What did Podolyak say about Belgorod?": his words answer it though they leave the setting out.
        var spokenByAsked = new Lazy<bool>(() => question.AsksWhatWasSaid && nameIndexes.Count > 0 && Enumerable.Range(from, to - from + 1)
            .Any(s => speakers[s].Value is { } who && MatchConcepts(Terms.TermsOf(who), stats) is var named && nameIndexes.Any(i => named[i])),
            LazyThreadSafetyMode.None);
        bool NamesMatched(double commonBar) => (nameIndexes.All(Named) && (commonMatched || similarity is null || similarity >= commonBar || spokenByAsked.Value))
            // A claim names several parties ("Ukrainian units invaded Belgorod, Kyiv has confirmed it"): a quote close
            // in meaning that names one of them speaks to it.
            || (question.IsClaim && similarity >= settings_.MinSimilarity && Enumerable.Range(0, stats.Count).Any(i => stats[i].Concept.IsName && Named(i)));
        var namesMatched = NamesMatched(settings_.CommonNameSimilarity);
        // "How many …?" / "how much …?" is answered by a figure, "when …?" by a date, day or time, "how old …?" by an
        // age: a quote without one does not answer it.
        var needsFigure = question.Type == QuestionType.HowMany && settings_.CountNeedsFigure;
        var counting = needsFigure ? passage.Text[start..end] : "";
        var countingTokens = needsFigure ? Terms.Tokenize(counting) : [];
        var givesFigure = !needsFigure || GivesCount(counting, countingTokens, question);
        // "How many militia guys crossed over?" is answered by "the number of militia fighters at 80": a quote that counts
        // what is asked need not say the rest the way the question does ("crossed over", "in this raid"); those words
        // weigh like the incident's setting. What happened to them ("killed") and the names asked about still count.
        if (needsFigure && givesFigure && CountsWhatIsAsked(counting, countingTokens, question))
            coverage = Math.Max(coverage, CoverageOfCount(matched, stats, question, settings_.IncidentWeight));
        var byWords = coverage >= settings_.MinCoverage - 1e-9 && (similarity is null || similarity >= settings_.MinLexicalSimilarity);
        // In other words than the question's: close in meaning on its own, or in meaning and words together. The
        // more of the question's meaning rests on words no source uses, the closer a quote must be.
        var byMeaning = similarity >= Math.Min(settings_.MinSimilarity + penalty, settings_.CloseSimilarity)
            || coverage + similarity >= settings_.MinRelevance + penalty;
        // Were no source to give a figure, a quote that says the counted thing happened would answer.
        // "How many soldiers did the RVC capture?" is not answered by "a captured Russian armoured vehicle": what is
        // counted is in the quote too.
        var statesEvent = givesFigure || (StatesEvent(counting, countingTokens, question)
            && (question.Counted.Count == 0 || countingTokens.Any(t => question.Counted.Contains(t.Term))));
        var answersKind = !StatesOppositeInstead(terms[from..(to + 1)], stats, matched)
            && (question.Type != QuestionType.When || AnswerTypes.GivesTime(passage.Text[start..end]))
            && (question.Type != QuestionType.HowLong || AnswerTypes.GivesDuration(passage.Text[start..end]))
            && (!question.AsksAge || Age().IsMatch(passage.Text[start..end]))
            && (!question.AsksDistance || GivesDistance(passage.Text[start..end]))
            && (question.AsksName is not { } person || NamesSomethingElse(WithoutSpeaker(passage.Text[start..end], speakers[best].Value), stats, person));
        var answersCount = answersKind && givesFigure;
        // "When did Gladkov become governor?" is not answered by any dated sentence naming Gladkov, nor "who is the
        // leader of the RVC?" by any sentence naming the RVC: the quote states what is asked besides the names, or
        // is close in meaning. "Who is Bogdanov, the guy from the video?" asks who he is: any sentence on him answers.
        // A quote that shares only the incident's setting with the question ("… in Belgorod") says nothing it asks
        // about either, unless it is close in meaning.
        var saysWhatIsAsked = (!(question.Type == QuestionType.When || (question.Type == QuestionType.Who && !question.AsksWhoSomeoneIs))
                || similarity is null || similarity >= settings_.CloseSimilarity || StatesAny(s => !s.Concept.IsName && s.Exists && !IsNumber(s.Concept)))
            && (similarity >= settings_.MinSimilarity + penalty || StatesAny(s => s.Exists && !s.Common));
        // The quote states one of the question's concepts of this kind, or the question has none.
        bool StatesAny(Func<ConceptStats, bool> kind)
        {
            var asked = Enumerable.Range(0, stats.Count).Where(i => kind(stats[i])).ToList();
            return asked.Count == 0 || asked.Any(i => matched[i]);
        }
        // "What's the population of Kozinka?" is answered by a quote that gives a population, not by any on Kozinka.
        var focusIndex = question.Focus is { } focus && focus.Key.StartsWith("term:", StringComparison.Ordinal)
            && AttributeOf().IsMatch(question.Text[focus.End..]) ? stats.FindIndex(s => s.Concept.Key == focus.Key) : -1;
        saysWhatIsAsked &= focusIndex < 0 || !stats[focusIndex].Exists || matched[focusIndex] || similarity is null || similarity >= settings_.CloseSimilarity;
        var qualifiesOtherwise = namesMatched && saysWhatIsAsked && (byWords || byMeaning);
        var relevantOtherwise = NamesMatched(settings_.CommonNameSimilarity - settings_.OtherOutletsRelaxation) && saysWhatIsAsked && (similarity is null ? coverage >= settings_.MinCoverage - settings_.OtherOutletsRelaxation - 1e-9
            : coverage + similarity >= settings_.MinRelevance + penalty - settings_.OtherOutletsRelaxation);
        var qualifies = answersCount && qualifiesOtherwise;
        var relevant = answersCount && relevantOtherwise;
        var qualifiesWithoutFigure = answersKind && statesEvent && qualifiesOtherwise;
        string? quoteSpeaker = null;
        // The best sentence's speaker first: in a quotation the one named at its end, not an "I" inside it. Else the
        // speaker of a sentence before it, who goes on speaking ("Sky News commented, this could be … With raids of
        // this type, Kiev can …"); one named after it only for quoted speech: "While Ukraine has denied any
        // connection … The US said in 2022 that it would deliver …" does not make the US the one who denied.
        if (qualifies || qualifiesWithoutFigure)
        {
            quoteSpeaker = speakers[best].Value;
            var bestText = passage.Text.AsSpan(sentences[best].Start, sentences[best].End - sentences[best].Start);
            var quoted = bestText.IndexOfAny('“', '"') >= 0 || Sentences.QuotationOpen(passage.Text, sentences[best].Start);
            for (var s = from; s <= (quoted ? to : best) && quoteSpeaker is null; s++) quoteSpeaker = speakers[s].Value;
        }
        // The quote's words are its sentences' words: no sentence boundary cuts a word.
        var own = OwnCoverage(terms[from..(to + 1)].SelectMany(t => t).ToArray(), stats);
        var speakerNames = quoteSpeaker is null ? null : MatchConcepts(Terms.TermsOf(quoteSpeaker), stats);
        var speaksName = speakerNames is not null && Enumerable.Range(0, stats.Count).Any(i => stats[i].Concept.IsName && speakerNames[i]);
        var speakerBonus = !speaksName ? 0 : question.AsksWhatWasSaid ? settings_.SpeakerWeight : 0.1;
        // A claim is answered best by what speaks for or against it: a denial or doubt is worth showing.
        var stance = question.IsClaim ? Stance.Of(passage.Text[start..end], question.Mentions) : null;
        var stanceBonus = stance is null ? 0 : settings_.StanceWeight;
        var score = coverage + settings_.SimilarityWeight * (similarity ?? 0) + typeFits[best].Value + rankBonus + speakerBonus + stanceBonus + 0.1 * own;
        return new Span(passage, start, end, coverage, score, quoteSpeaker, namesMatched, matched, similarity, qualifies)
        {
            Relevant = qualifies || relevant, SpeaksName = speaksName, Stance = stance,
            // "Kyiv ran this op, case closed": "But Kyiv denies involvement" is the other side of the claim, however few
            // of its words it repeats.
            Denies = stance == Text.Stance.Denies && Enumerable.Range(0, stats.Count).Any(i => stats[i].Concept.IsName && matched[i]) && answersCount,
            WithoutFigure = (qualifiesWithoutFigure, answersKind && statesEvent && (qualifiesOtherwise || relevantOtherwise)),
        };
    }

    // The quote says the opposite of what the question asks about and not that ("began" for "when did it stop?").
    private static bool StatesOppositeInstead(List<string[]> sentenceTerms, List<ConceptStats> stats, bool[] matched)
    {
        for (var i = 0; i < stats.Count; i++)
        {
            if (matched[i] || !stats[i].Concept.Key.StartsWith("syn:", StringComparison.Ordinal)
                || !Synonyms.Opposites.TryGetValue(stats[i].Concept.Key[4..], out var opposite)) continue;
            if (sentenceTerms.Any(t => OppositeTerms[opposite].Any(phrase => Terms.ContainsPhrase(t, phrase)))) return true;
        }
        return false;
    }

    private static readonly Dictionary<string, IReadOnlyList<string[]>> OppositeTerms = Synonyms.Rules
        .Where(r => Synonyms.Opposites.ContainsKey(r.Name)).ToDictionary(r => r.Name, r => r.ExpansionTerms);

    // Adds the neighbouring sentence that covers most of what is still missing, if the quote stays short.
    private static (int, int, bool[])? Grow(List<Sentences.Span> sentences, List<bool[]> masks, bool[] mask, int from, int to,
        List<ConceptStats> stats, Func<int, bool> allowed)
    {
        var current = Coverage(mask, stats);
        (int, int, bool[])? best = null;
        var bestGain = 1e-9;
        foreach (var (f, t, added) in new[] { (from - 1, to, from - 1), (from, to + 1, to + 1) })
        {
            if (added < 0 || added >= sentences.Count) continue;
            if (sentences[t].End - sentences[f].Start > MaxQuoteChars) continue;
            var merged = mask.Zip(masks[added], (a, b) => a || b).ToArray();
            var gain = Coverage(merged, stats) - current;
            if (gain > bestGain && allowed(added)) (best, bestGain) = ((f, t, merged), gain);
        }
        return best;
    }

    private List<Quote> Select(List<Span> spans, List<ConceptStats> stats, Question question)
    {
        var settings = options.Value;
        if (!spans.Any(s => s.Qualifies)) return [];
        // "What did Putin say?": once a source quotes him, a quote that only mentions him does not answer, unless it
        // is closer in meaning than anything he is quoted saying ("In Washington, officials cast doubt over claims …"
        // for "what did washington say"). A claim ("Russia said it killed 70") is not such a question: every
        // outlet's take on it counts.
        // "How many did Moscow say it killed?", "what hardware did Moscow claim it hit?" ask for a figure or a thing
        // that every outlet's report of it gives, not for the words of the one who said it.
        var asksForWords = question.Type is QuestionType.Other or QuestionType.Why && question.Focus is null;
        if (question.AsksWhatWasSaid && !question.IsClaim && asksForWords && spans.Any(s => s.Qualifies && s.SpeaksName))
        {
            var spoken = spans.Where(s => s.Qualifies && s.SpeaksName).Max(s => s.Similarity ?? 0);
            spans = spans.Where(s => s.SpeaksName || (s.Similarity ?? 0) > spoken).ToList();
        }
        // Once a quote answers the question, other outlets' takes that come close count too; every quote still
        // earns its place on its own: near the best one, not there to fill a quota.
        var bar = spans.Where(s => s.Qualifies).Max(s => s.Score) * settings.RelativeScore;
        // "What did FISM say?": the outlets a question names come first, with what they have on it that is relevant.
        bool Named(Span s) => question.Names(s.Passage);
        // A denial that clears no bar is only ever a source's other side of a claim, never its answer.
        bool Answers(Span s) => s.Relevant && (s.Score >= bar || Named(s));
        var bySource = spans
            .Where(s => Answers(s) || s.Denies)
            .GroupBy(s => s.Passage.SourceId)
            .Where(g => g.Any(Answers))
            .Select(g => BothSides(g.OrderByDescending(Answers).ThenByDescending(s => s.Score).ThenBy(s => s.Passage.Ordinal).ToList()))
            .OrderByDescending(g => Named(g[0])).ThenByDescending(g => g[0].Score)
            .Take(settings.MaxOutlets)
            .ToList();

        // First the best span of every source, then second spans: several outlets beat many passages of one.
        var chosen = new List<Span>();
        for (var round = 0; round < settings.MaxQuotesPerSource && chosen.Count < settings.MaxQuotes; round++)
            foreach (var group in bySource)
                if (round < group.Count && chosen.Count < settings.MaxQuotes
                    && (round == 0 || ((group[round].Qualifies || !settings.SecondQuoteMustQualify)
                        && (group[round].Score >= group[0].Score - settings.SecondQuoteMargin || OtherSide(question, group[0], group[round])))))
                    chosen.Add(group[round]);

        // Each quote with the order in which quotes are kept when there are too many: a source's first quote, then
        // the other side of a claim, then the words that back a reported summary, then a source's second quote.
        var quotes = new List<(Quote Quote, int KeptIn)>();
        foreach (var s in chosen)
        {
            var text = s.Passage.Text[s.Start..s.End];
            var next = NextSentence(s.Passage, s.End);
            var matched = stats.Where((_, i) => s.Matched[i]).Select(c => c.Concept.Label).ToList();
            var first = bySource.First(g => g[0].Passage.SourceId == s.Passage.SourceId)[0];
            quotes.Add((new Quote(s.Passage, (int)s.Passage.StartOffset + s.Start, (int)s.Passage.StartOffset + s.End, text,
                s.Coverage, s.Score, s.Speaker, Attribution.Hedges(text, next), matched) { Similarity = s.Similarity },
                s == first ? 0 : OtherSide(question, first, s) ? (s.Stance is not null ? 1 : 2) : 3));
            if (quotes.Count(q => q.Quote.Passage.SourceId == s.Passage.SourceId) < settings.MaxQuotesPerSource
                && chosen.Count(c => c.Passage.SourceId == s.Passage.SourceId) < settings.MaxQuotesPerSource
                && Backing(s) is { } backing && !chosen.Any(c => c.Passage.PassageId == backing.Passage.PassageId))
                quotes.Add((backing with { Coverage = s.Coverage, Score = s.Score }, Math.Max(2, quotes[^1].KeptIn)));
        }
        var kept = quotes.Select((q, i) => (q.KeptIn, i)).Order().Take(settings.MaxQuotes).Select(k => k.i).Order().ToList();
        return kept.Select(i => quotes[i].Quote).ToList();
    }

    // "In Washington, officials cast doubt over claims …", and as the next paragraph the official's own words
    // ("“I will say that we're sceptical …,” said … Matthew Miller."): the quotation that backs a reported summary
    // is quoted with it, whole, speaker and all.
    private Quote? Backing(Span summary)
    {
        var passage = summary.Passage;
        var text = passage.Text[summary.Start..summary.End];
        if (text.IndexOfAny(['“', '”', '"']) >= 0 || passage.Text[summary.End..].Trim().Length > 0 || !Reports().IsMatch(text)
            || passage.NextText?.TrimStart() is not { Length: > 0 } following || following[0] is not ('“' or '"'))
            return null;
        if (search.Next(passage) is not { } quoted) return null;
        var sentences = Sentences.Split(quoted.Text);
        var last = sentences.FindIndex(x => !Sentences.QuotationOpen(quoted.Text, x.End));
        if (last < 0 || sentences[last].End - sentences[0].Start > MaxQuoteChars) return null;
        var words = quoted.Text[sentences[0].Start..sentences[last].End];
        var speaker = Attribution.Speaker(quoted.Text[sentences[last].Start..sentences[last].End], passage.Text + " " + quoted.Text[..sentences[last].Start]);
        return new Quote(quoted, (int)quoted.StartOffset + sentences[0].Start, (int)quoted.StartOffset + sentences[last].End, words,
            0, 0, speaker, Attribution.Hedges(words, NextSentence(quoted, sentences[last].End)), []);
    }

    [GeneratedRegex(@"\b(said|says|say|cast doubt|casts doubt|denied|denies|insisted|insists|claimed|claims|told|warned|acknowledged|confirmed|added|stated|commented)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reports();

    // On a claim, a quote that takes the other side from the source's first earns its place however it ranks:
    // both sides are shown.
    private static bool OtherSide(Question question, Span first, Span other) =>
        question.IsClaim && (other.Qualifies || other.Denies) && (first.Stance is null) != (other.Stance is null);

    // A source's second quote on a claim is the best one that takes the other side, when there is one.
    private static List<Span> BothSides(List<Span> spans)
    {
        if (spans.Count < 3) return spans;
        var other = spans.Skip(1).FirstOrDefault(s => (s.Stance is null) != (spans[0].Stance is null));
        if (other is null) return spans;
        return [spans[0], other, .. spans.Skip(1).Where(s => s != other)];
    }

    private static string? PreviousSentence(Candidate passage)
    {
        if (passage.PreviousText is null) return null;
        var sentences = Sentences.Split(passage.PreviousText);
        return sentences.Count > 0 ? passage.PreviousText[sentences[^1].Start..sentences[^1].End] : null;
    }

    private static string? NextSentence(Candidate passage, int end)
    {
        var rest = Sentences.Split(passage.Text, end, passage.Text.Length);
        if (rest.Count > 0) return passage.Text[rest[0].Start..rest[0].End];
        if (passage.NextText is null) return null;
        var next = Sentences.Split(passage.NextText);
        return next.Count > 0 ? passage.NextText[next[0].Start..next[0].End] : null;
    }

    // "John Miller": the unknown "John" is reported together with the name it stands in front of.
    private static List<string> MissingLabels(Question question, List<ConceptStats> stats)
    {
        var labels = new List<string>();
        for (var i = 0; i < stats.Count; i++)
        {
            if (stats[i].Exists) continue;
            var concept = stats[i].Concept;
            var end = concept.End;
            for (var j = i + 1; j < stats.Count && concept.IsName; j++)
            {
                var next = stats[j].Concept;
                if (!next.IsName || !question.Text[end..next.Start].All(char.IsWhiteSpace)) break;
                end = next.End;
            }
            // "budanow's guys" names "budanow".
            labels.Add(Terms.WithoutPossessive(question.Text[concept.Start..end]));
        }
        return labels;
    }

    private static List<string> Unmatched(Span best, List<ConceptStats> stats) =>
        stats.Where((_, i) => !best.Matched[i]).Select(s => s.Concept.Label).ToList();

    // Weighted share of concepts the span states in the question's own words.
    private static double OwnCoverage(string[] tokens, List<ConceptStats> stats)
    {
        var mask = stats.Select(s => s.Concept.Own.Length > 0 && Terms.ContainsPhrase(tokens, s.Concept.Own)).ToArray();
        return Coverage(mask, stats);
    }

    private static bool[] MatchConcepts(string[] tokens, List<ConceptStats> stats)
    {
        var mask = new bool[stats.Count];
        for (var i = 0; i < stats.Count; i++)
            mask[i] = stats[i].Concept.Variants.Any(v => Terms.ContainsPhrase(tokens, v));
        return mask;
    }

    // scale: a factor on each concept's weight, for this reading of the question only.
    private static double Coverage(bool[] mask, List<ConceptStats> stats, Func<int, double>? scale = null)
    {
        double total = 0, matched = 0;
        for (var i = 0; i < stats.Count; i++)
        {
            var weight = stats[i].Weight * (scale?.Invoke(i) ?? 1);
            total += weight;
            if (mask[i]) matched += weight;
        }
        return total == 0 ? 0 : matched / total;
    }
}
