using System.Text;
using System.Text.RegularExpressions;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;

namespace FactCheckBot.Answering;

// The first line of an answer: one plain sentence built from the quotes, naming the outlets.
// "Military Cognizance reports 12 people injured; FISM News says at least eight; Uganda Online Media says several."
public static partial class Summary
{
    private const int MaxQuoteChars = 140;

    // noFigure: a count question that no source gives a number for; the quotes say that it happened.
    public static string Of(Question question, IReadOnlyList<Citation> citations, IReadOnlyList<Conflict> conflicts, bool noFigure = false)
    {
        if (citations.Count == 0) return "";
        if (noFigure) return $"No source gives a number for this. {Of(question with { Type = QuestionType.Other, AsksForFigure = false }, citations, [])}";
        if (conflicts.Count > 0) return Figures(conflicts[0], citations);
        // "How long did it last?" is not answered by a count the quotes happen to give ("hundreds evacuated").
        if (question.AsksForFigure && question.Type != QuestionType.HowLong && AgreedFigure(citations) is { } agreed) return agreed;
        if (question.IsClaim) return Claim(citations);
        // "How long did it last?" leads with a quote that says how long the incident went on, else one that gives a
        // length of time; "when?" with one that dates the incident, else one that gives a time.
        var first = question.Type switch
        {
            QuestionType.HowLong => citations.FirstOrDefault(c => AnswerTypes.TimesEvent(c.Quote))
                ?? citations.FirstOrDefault(c => AnswerTypes.StatesDuration(c.Quote)),
            QuestionType.When => citations.FirstOrDefault(c => AnswerTypes.DatesEvent(c.Quote) || AnswerTypes.DatesStart(c.Quote))
                ?? citations.FirstOrDefault(c => AnswerTypes.GivesTime(c.Quote)),
            _ => null,
        } ?? citations[0];
        var others = Outlets.List(citations.Select(c => c.Outlet).Distinct().Where(o => o != first.Outlet).ToList());
        var lead = first.Speaker is not null && question.AsksWhatWasSaid
            ? $"{Outlets.Name(first)} quotes {first.Speaker}: {AnswerText.Quoted(Shorten(first.Quote))}"
            : $"{Outlets.Name(first)} reports: {AnswerText.Quoted(Shorten(first.Quote))}";
        return others.Length == 0 ? lead : $"{lead} Also reported by {others}.";
    }

    // "Military Cognizance reports 12 people injured; FISM News says at least eight; Uganda Online Media says several."
    private static string Figures(Conflict conflict, IReadOnlyList<Citation> citations)
    {
        var parts = conflict.Values
            .Select(v => (v.Value, Outlets: v.Citations.Select(n => citations.First(c => c.N == n).Outlet).Distinct().ToList()))
            .OrderByDescending(v => v.Outlets.Count)
            .ToList();
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var (value, outlets) = parts[i];
            var verb = i == 0 ? (outlets.Count == 1 ? "reports" : "report") : (outlets.Count == 1 ? "says" : "say");
            if (i > 0) builder.Append("; ");
            builder.Append(Outlets.List(outlets)).Append(' ').Append(verb).Append(' ')
                .Append(i == 0 ? Text.Figures.Phrase(value, conflict.About) : InSentence(value));
        }
        return builder.Append('.').ToString();
    }

    // "Hundreds" or "At least eight" opening a quote is lower case inside the summary's sentence; a name ("US",
    // "Russian") keeps its capital.
    private static string InSentence(string value) =>
        QuantityWord().IsMatch(value) ? char.ToLowerInvariant(value[0]) + value[1..] : value;

    [GeneratedRegex(@"^(Hundreds|Thousands|Dozens|Millions|Scores|Several|Many|Some|Few|A few|At least|At most|More than|Fewer than|Up to|About|Around|Nearly|Almost|Over|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")]
    private static partial Regex QuantityWord();

    private static string? AgreedFigure(IReadOnlyList<Citation> citations)
    {
        var figures = citations.SelectMany(c => Text.Figures.Extract(c.Quote).Select(f => (c.Outlet, f))).ToList();
        if (figures.Count == 0) return null;
        var about = figures.GroupBy(f => f.f.About).MaxBy(g => g.Select(x => x.Outlet).Distinct().Count())!;
        var outlets = about.Select(x => x.Outlet).Distinct().ToList();
        var value = about.First().f.Value;
        return $"{Outlets.List(outlets)} {(outlets.Count == 1 ? "reports" : "report")} {Text.Figures.Phrase(value, about.Key)}.";
    }

    // What each outlet does with the claim: repeats or reports on it, denies it, or doubts it. No verdict.
    private static string Claim(IReadOnlyList<Citation> citations)
    {
        var byOutlet = citations.GroupBy(c => c.Outlet)
            .Select(g => (Outlet: g.Key, Stance: g.Select(c => c.Stance).FirstOrDefault(s => s is not null)))
            .ToList();
        var parts = new List<string>();
        var reporting = byOutlet.Where(o => o.Stance is null).Select(o => o.Outlet).ToList();
        var denying = byOutlet.Where(o => o.Stance == Stance.Denies).Select(o => o.Outlet).ToList();
        var doubting = byOutlet.Where(o => o.Stance == Stance.Doubts).Select(o => o.Outlet).ToList();
        if (reporting.Count > 0) parts.Add($"{Outlets.List(reporting)} {(reporting.Count == 1 ? "reports" : "report")} on it");
        if (denying.Count > 0) parts.Add($"{Outlets.List(denying)} {(denying.Count == 1 ? "quotes" : "quote")} a denial");
        if (doubting.Count > 0) parts.Add($"{Outlets.List(doubting)} {(doubting.Count == 1 ? "voices" : "voice")} doubt");
        return $"On this claim, {string.Join("; ", parts)} (their words are below; the bot does not rule on claims itself).";
    }


    private static string Shorten(string quote)
    {
        var text = quote.Trim().Trim('“', '”', '"');
        if (text.Length <= MaxQuoteChars) return text;
        var cut = text.LastIndexOf(' ', MaxQuoteChars);
        // "… nothing to do with it,” Mykhailo Podolyak said" cut after "it,”": no closing mark before the ellipsis.
        return text[..(cut > 40 ? cut : MaxQuoteChars)].TrimEnd(',', ';', ':', '”', '"').TrimEnd(',', ';', ':') + " …";
    }
}
