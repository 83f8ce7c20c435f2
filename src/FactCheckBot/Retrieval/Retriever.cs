using FactCheckBot.Text;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Retrieval;

// Question -> evidence: BM25 candidates, then the sentence span of each passage that
// covers most of what was asked, then the best spans spread across sources.
public sealed class Retriever(PassageSearch search, AliasIndex aliases, IOptions<RetrievalOptions> options)
{
    private const int MaxQuoteChars = 600;
    private const int MaxQuoteSentences = 3;

    // nearest: passage ids from vector search, best first, fused with BM25 by reciprocal rank.
    public Evidence Retrieve(string text, IReadOnlyList<long>? nearest = null)
    {
        var question = QuestionAnalyzer.Analyze(text, aliases.Current());
        var stats = Weigh(question);
        var missing = MissingLabels(question, stats);
        // A question of bare numbers ("' OR 1=1 --") has nothing to anchor a search.
        var nothingToSearch = question.Concepts.All(c => c.Variants.All(v => v.All(t => t.All(char.IsDigit))));
        if (nothingToSearch) return new Evidence(question, stats, [], [], [], NothingToSearch: true);
        if (stats.Any(s => !s.Exists && s.Concept.IsName)) return new Evidence(question, stats, missing, [], []);

        var match = FtsQuery.Build(stats.Where(s => s.Exists).SelectMany(s => s.Concept.Variants));
        var candidates = match is null ? [] : search.Candidates(match, options.Value.CandidatePassages);
        if (nearest is { Count: > 0 }) candidates = Fuse(candidates, nearest);
        if (candidates.Count == 0) return new Evidence(question, stats, missing, [], []);

        var spans = candidates.Select((c, i) => BestSpan(c, i, candidates.Count, question, stats)).ToList();
        var quotes = Select(spans, stats);
        if (quotes.Count == 0 && missing.Count == 0 && spans.Count > 0)
            missing = Unmatched(spans.MaxBy(s => s.Coverage)!, stats);
        var considered = spans.Select(s => new ScoredPassage(s.Passage.PassageId, s.Passage.SourceId, s.Passage.Rank,
            Math.Round(s.Coverage, 3), Math.Round(s.Score, 3))).ToList();
        return new Evidence(question, stats, missing, quotes, considered)
        {
            Passages = spans.OrderByDescending(s => s.Score).Select(s => s.Passage).ToList(),
        };
    }

    // Reciprocal rank fusion (k = 60) of the BM25 list and the vector list.
    private IReadOnlyList<Candidate> Fuse(IReadOnlyList<Candidate> bm25, IReadOnlyList<long> nearest)
    {
        const double k = 60;
        var scores = new Dictionary<long, double>();
        for (var i = 0; i < bm25.Count; i++) scores[bm25[i].PassageId] = 1 / (k + i + 1);
        for (var i = 0; i < nearest.Count; i++) scores[nearest[i]] = scores.GetValueOrDefault(nearest[i]) + 1 / (k + i + 1);
        var known = bm25.Select(c => c.PassageId).ToHashSet();
        var all = bm25.Concat(search.ByIds(nearest.Where(id => !known.Contains(id)).ToList()));
        return all.OrderByDescending(c => scores[c.PassageId]).Take(options.Value.CandidatePassages).ToList();
    }

    // Inverse document frequency per concept. A concept the corpus never uses weighs most.
    private List<ConceptStats> Weigh(Question question)
    {
        var terms = question.Concepts.SelectMany(c => c.Variants).SelectMany(v => v);
        var (df, passages) = search.Statistics(terms);
        var total = Math.Max(1, passages);
        return question.Concepts.Select(concept =>
        {
            long Variant(string[] v) => v.Min(t => df.GetValueOrDefault(t));
            // An unknown first name makes an unknown person: "John Miller" is not "Matthew Miller".
            var frequency = concept.Key.StartsWith("name:", StringComparison.Ordinal)
                ? Variant(concept.Variants[0])
                : Math.Min(total, concept.Variants.Sum(Variant));
            return new ConceptStats(concept, frequency, Math.Log(1 + total / (frequency + 0.5)));
        }).ToList();
    }

    private sealed record Span(Candidate Passage, int Start, int End, double Coverage, double Score, string? Speaker, bool NamesMatched, bool[] Matched);

    private Span BestSpan(Candidate passage, int rankIndex, int count, Question question, List<ConceptStats> stats)
    {
        var sentences = Sentences.Split(passage.Text);
        var terms = sentences.Select(s => Terms.TermsOf(passage.Text[s.Start..s.End])).ToList();
        var masks = terms.Select(t => MatchConcepts(t, stats)).ToList();
        var nameIndexes = Enumerable.Range(0, stats.Count).Where(i => stats[i].Concept.IsName).ToList();
        var rankBonus = 0.1 * (1 - (double)rankIndex / Math.Max(1, count));

        // Speakers cost a few regexes each, so only passages that could qualify get them.
        var union = new bool[stats.Count];
        foreach (var mask in masks)
            for (var i = 0; i < stats.Count; i++) union[i] |= mask[i];
        var optimistic = (bool[])union.Clone();
        foreach (var i in nameIndexes) optimistic[i] = true;
        var speakers = new Lazy<string?>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (at, sentenceTerms, index) = (sentences[s], terms[s], s);
            speakers[s] = new Lazy<string?>(() =>
            {
                var sentence = passage.Text[at.Start..at.End];
                if (!Attribution.MayHaveSpeaker(sentence, sentenceTerms)) return null;
                var following = index + 1 < sentences.Count
                    ? passage.Text[sentences[index + 1].Start..sentences[index + 1].End]
                    : NextSentence(passage, passage.Text.Length);
                return Attribution.Speaker(sentence, (passage.PreviousText ?? "") + " " + passage.Text[..at.Start], following);
            });
        }
        if (Coverage(optimistic, stats) >= options.Value.MinCoverage - 1e-9)
            for (var s = 0; s < sentences.Count; s++)
            {
                if (nameIndexes.All(i => masks[s][i]) || speakers[s].Value is not { } speaker) continue;
                var bySpeaker = MatchConcepts(Terms.TermsOf(speaker), stats);
                foreach (var i in nameIndexes) masks[s][i] |= bySpeaker[i];
            }

        // The best single sentence (shortest on a tie), then grown by neighbours that add
        // something and do not bring in a different speaker.
        // For "how many" questions, a sentence that counts what was asked about wins a tie.
        var countsAsked = new Lazy<int>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var at = sentences[s];
            countsAsked[s] = new Lazy<int>(() => !question.AsksForFigure ? 0 : Figures.Extract(passage.Text[at.Start..at.End])
                .Select(f => MatchConcepts(Terms.TermsOf(f.About), stats).Count(m => m)).DefaultIfEmpty(0).Max());
        }
        var best = 0;
        for (var s = 1; s < sentences.Count; s++)
        {
            var (a, b) = (Coverage(masks[s], stats), Coverage(masks[best], stats));
            if (a > b + 1e-9) best = s;
            else if (Math.Abs(a - b) <= 1e-9 && a > 0 && (countsAsked[s].Value, -sentences[s].Length).CompareTo((countsAsked[best].Value, -sentences[best].Length)) > 0)
                best = s;
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

        var coverage = Coverage(matched, stats);
        var start = sentences[from].Start;
        var end = sentences[to].End;
        var qualifies = coverage >= options.Value.MinCoverage - 1e-9;
        string? quoteSpeaker = null;
        if (qualifies)
            for (var s = from; s <= to && quoteSpeaker is null; s++) quoteSpeaker = speakers[s].Value;
        var figureBonus = qualifies && question.AsksForFigure && Figures.Extract(passage.Text[start..end]).Count > 0 ? 0.15 : 0;
        var own = OwnCoverage(passage.Text[start..end], stats);
        var speakerBonus = quoteSpeaker is not null && nameIndexes.Count > 0
            && nameIndexes.Any(i => MatchConcepts(Terms.TermsOf(quoteSpeaker), stats)[i]) ? 0.1 : 0;
        var score = coverage + rankBonus + figureBonus + speakerBonus + 0.1 * own;
        return new Span(passage, start, end, coverage, score, quoteSpeaker, nameIndexes.All(i => matched[i]), matched);
    }

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

    private List<Quote> Select(List<Span> spans, List<ConceptStats> stats)
    {
        var settings = options.Value;
        var eligible = spans.Where(s => s.NamesMatched && s.Coverage >= settings.MinCoverage - 1e-9).ToList();
        if (eligible.Count == 0) return [];
        var bySource = eligible
            .GroupBy(s => s.Passage.SourceId)
            .Select(g => g.OrderByDescending(s => s.Score).ThenBy(s => s.Passage.Ordinal).ToList())
            .OrderByDescending(g => g[0].Score)
            .Take(settings.MaxOutlets)
            .ToList();

        // First the best span of every source, then second spans: several outlets beat many passages of one.
        var chosen = new List<Span>();
        for (var round = 0; round < settings.MaxQuotesPerSource && chosen.Count < settings.MaxQuotes; round++)
            foreach (var group in bySource)
                if (round < group.Count && chosen.Count < settings.MaxQuotes
                    && (round == 0 || group[round].Score >= group[0].Score - 0.2))
                    chosen.Add(group[round]);

        return chosen.Select(s =>
        {
            var text = s.Passage.Text[s.Start..s.End];
            var next = NextSentence(s.Passage, s.End);
            var matched = stats.Where((_, i) => s.Matched[i]).Select(c => c.Concept.Label).ToList();
            return new Quote(s.Passage, (int)s.Passage.StartOffset + s.Start, (int)s.Passage.StartOffset + s.End, text,
                s.Coverage, s.Score, s.Speaker, Attribution.Hedges(text, next), matched);
        }).ToList();
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
            labels.Add(question.Text[concept.Start..end]);
        }
        return labels;
    }

    private static List<string> Unmatched(Span best, List<ConceptStats> stats) =>
        stats.Where((_, i) => !best.Matched[i]).Select(s => s.Concept.Label).ToList();

    // Weighted share of concepts the span states in the question's own words.
    private static double OwnCoverage(string span, List<ConceptStats> stats)
    {
        var tokens = Terms.TermsOf(span);
        var mask = stats.Select(s => s.Concept.Own.Length > 0 && Contains(tokens, s.Concept.Own)).ToArray();
        return Coverage(mask, stats);
    }

    private static bool[] MatchConcepts(string[] tokens, List<ConceptStats> stats)
    {
        var mask = new bool[stats.Count];
        for (var i = 0; i < stats.Count; i++)
            mask[i] = stats[i].Concept.Variants.Any(v => Contains(tokens, v));
        return mask;
    }

    private static bool Contains(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            var j = 0;
            while (j < phrase.Length && tokens[i + j] == phrase[j]) j++;
            if (j == phrase.Length) return true;
        }
        return false;
    }

    private static double Coverage(bool[] mask, List<ConceptStats> stats)
    {
        double total = 0, matched = 0;
        for (var i = 0; i < stats.Count; i++)
        {
            total += stats[i].Weight;
            if (mask[i]) matched += stats[i].Weight;
        }
        return total == 0 ? 0 : matched / total;
    }
}
