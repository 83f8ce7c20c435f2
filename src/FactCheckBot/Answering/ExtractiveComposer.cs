using FactCheckBot.Retrieval;
using FactCheckBot.Text;

namespace FactCheckBot.Answering;

// The default composer: no model, only verbatim quotes with their outlet, speaker and hedges,
// plus the figures on which outlets disagree.
public static class ExtractiveComposer
{
    public const string Name = "extractive";

    public static Answer Compose(Evidence evidence)
    {
        if (!evidence.Covered)
        {
            var text = evidence.Question.AsksBeyondReports ? AnswerText.BeyondReports
                : evidence.Question.AsksAfterReports ? AnswerText.AfterReports
                : evidence.ReportedByOthers.Count > 0 ? AnswerText.OnlyOthers(evidence.Question.Outlets, evidence.ReportedByOthers)
                : AnswerText.NotCovered(evidence.NothingToSearch, evidence.Missing, unknownToCorpus: evidence.Concepts.Any(c => !c.Exists));
            return Answer.NotCovered(evidence.Question.Text, Name, text, evidence.Missing);
        }
        // Quotes from one outlet sit together, in the order the outlets first appear, so each outlet is read once.
        // The same text in a republished copy is cited once, naming the other outlet.
        var quotes = evidence.Quotes.GroupBy(q => q.Passage.Outlet, StringComparer.Ordinal).SelectMany(g => g).ToList();
        var copies = quotes.GroupBy(q => Same(q.Text), StringComparer.Ordinal).ToList();
        var citations = copies.Select((g, i) => Cite(g.First(), i + 1) with
        {
            AlsoPublishedBy = g.Skip(1).Select(q => q.Passage.Outlet).Where(o => o != g.First().Passage.Outlet).Distinct().ToList(),
            Stance = evidence.Question.IsClaim ? Stance.Of(g.First().Text, evidence.Question.Mentions) : null,
        }).ToList();
        var conflicts = FindConflicts(citations);
        var missing = evidence.Missing;
        var answer = Answer.Answered(evidence.Question.Text, Name, citations, conflicts, missing) with
        {
            Summary = Summary.Of(evidence.Question, citations, conflicts, evidence.NoFigure),
            OutletsWithNothing = OutletsWithNothing(evidence.Question, citations),
        };
        return answer with { Text = AnswerText.Render(answer) };
    }

    // The outlets the question names that no citation comes from.
    public static IReadOnlyList<string> OutletsWithNothing(Question question, IReadOnlyList<Citation> citations) =>
        question.Outlets.Where(o => !citations.Any(c => c.Outlet == o || c.OriginalOutlet == o || c.AlsoPublishedBy.Contains(o))).ToList();

    private static string Same(string quote) => string.Join(' ', quote.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public static Citation Cite(Quote quote, int n)
    {
        var p = quote.Passage;
        return new Citation(n, p.SourceId, p.Outlet, p.OriginalOutlet, p.Title, p.Url, p.Published, quote.Text,
            quote.Speaker, quote.Hedges.Count > 0, quote.Hedges, p.PassageId, quote.Start, quote.End);
    }

    // Outlets disagree when two of them give counts for the same thing whose ranges cannot both hold.
    public static IReadOnlyList<Conflict> FindConflicts(IReadOnlyList<Citation> citations)
    {
        var figures = citations.SelectMany(c => Figures.Extract(c.Quote).Select(f => (Citation: c, Figure: f))).ToList();
        var conflicts = new List<Conflict>();
        foreach (var about in figures.GroupBy(x => x.Figure.About))
        {
            var items = about.ToList();
            var disagree = items.Any(a => items.Any(b => a.Citation.Outlet != b.Citation.Outlet
                && (a.Figure.High < b.Figure.Low || b.Figure.High < a.Figure.Low)));
            if (!disagree) continue;
            var values = items.GroupBy(x => x.Figure.Value.ToLowerInvariant())
                .Select(g => new ConflictValue(g.First().Figure.Value, g.Select(x => x.Citation.N).Distinct().Order().ToList()))
                .ToList();
            conflicts.Add(new Conflict(about.Key, values));
        }
        return conflicts;
    }
}
