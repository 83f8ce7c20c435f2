using System.Text.RegularExpressions;
using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// How well a sentence fits the kind of answer a question wants: "when" wants a date, day or time,
// "how long" a duration, "how many" a count of what was asked about, "who" a person or group,
// "why" a stated aim or reason, "where" a place. A bonus on the sentence's rank, never a gate.
public static partial class AnswerTypes
{
    private const double Fits = 0.15;

    // The largest bonus Fit gives.
    public const double MaxFit = Fits + 0.1;

    public static double Fit(Question question, string sentence, IReadOnlyList<ConceptStats> stats) => question.Type switch
    {
        QuestionType.When => !When().IsMatch(sentence) ? 0 : DatesEvent(sentence) || DatesStart(sentence) ? Fits + 0.1 : Fits,
        QuestionType.HowLong => !Duration().IsMatch(sentence) ? 0 : TimesEvent(sentence) ? Fits + 0.1 : Fits,
        QuestionType.HowMany => CountFit(sentence, stats),
        QuestionType.Who => Who().IsMatch(sentence) ? Fits * 0.6 : 0,
        QuestionType.Why => Purpose().IsMatch(sentence) ? Fits : 0,
        QuestionType.Where => Place().IsMatch(sentence) ? Fits * 0.6 : 0,
        _ => question.AsksForFigure ? CountFit(sentence, stats) : 0,
    };

    // "They were creating a demilitarised zone", "wanted to create a security zone": the sentence states an aim (a
    // reason, "because they fear …", is not one).
    public static bool StatesAim(string sentence) => Purpose().Matches(sentence).Any(m => !Reason().IsMatch(m.Value));

    // A figure earns the bonus; a figure about something the question names earns more.
    private static double CountFit(string sentence, IReadOnlyList<ConceptStats> stats)
    {
        var figures = Figures.Extract(sentence);
        if (figures.Count == 0) return 0;
        var about = figures.Any(f => Terms.TermsOf(f.About).Any(t => stats.Any(s => s.Concept.Variants.Any(v => v.Contains(t)))));
        return about ? Fits + 0.1 : Fits;
    }

    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // What the articles call the incident itself.
    private const string Incident = "raids?|incursions?|attacks?|assaults?|offensive|operation|fighting|clashes|skirmishes|battle";

    [GeneratedRegex($@"\b({Month}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({Month})\b|\b({Weekday})\b|\b(overnight|morning|afternoon|evening|night|dawn|yesterday|today|earlier|hours? (ago|later))\b|\b\d{{1,2}}:\d{{2}}\b|\b(19|20)\d{{2}}\b|\bon the \d+(st|nd|rd|th)\b")]
    private static partial Regex When();

    // A length of time itself: "two days", "10-month", "a second day", "lasted".
    private const string LengthOfTime = @"\b(\d+|one|two|three|four|five|six|seven|several|a few|many)\s+(hours?|days?|minutes?|weeks?|nights?|months?|years?)\b|\b\d+-(hour|day|week|month|year)\b|\b(second|third|two|three)[- ]day\b|\bday-long\b|\b(all|whole) (day|night)\b|\blasted\b";

    [GeneratedRegex(LengthOfTime + @"|\b(continued for|continuing|ongoing|ended|still|overnight|a day|24 hours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    // A length of time itself ("lasted two days", "entered a second day"), not only a sign of one ("still", "ended").
    public static bool StatesDuration(string text) => Length().IsMatch(text);

    [GeneratedRegex(LengthOfTime, RegexOptions.IgnoreCase)]
    private static partial Regex Length();

    // A length of time, or a date or day it can be told from: what a "how long" question needs.
    public static bool GivesDuration(string text) => Duration().IsMatch(text) || When().IsMatch(text);

    // A date, day or time of day: what a "when" question needs.
    public static bool GivesTime(string text) => When().IsMatch(text);

    // The sentence dates the event itself: "raided Russia's Belgorod region on May 22", "the May 22 raid".
    public static bool DatesEvent(string text) => DatedEvent().IsMatch(text);

    [GeneratedRegex($@"\b({Month})\s+\d{{1,2}}(st|nd|rd|th)?\s+({Incident})\b|\b(raided|attacked|invaded|stormed|crossed|infiltrated|launched)\b[^.;:?!]{{0,80}}?\bon\s+(({Month})\s+\d{{1,2}}|\d{{1,2}}\s+({Month})|{Weekday})\b")]
    private static partial Regex DatedEvent();

    // The sentence says when the incident itself began, whatever it calls it: "The fighting began on Monday."
    public static bool DatesStart(string text) => StartedEvent().IsMatch(text) && When().IsMatch(text);

    [GeneratedRegex($@"\b({Incident})\s+(began|started|broke out|erupted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartedEvent();

    // The sentence says how long the incident itself went on, whatever it calls it: "The skirmishes … lasted two days",
    // "Fighting … entered a second day on Tuesday".
    public static bool TimesEvent(string text) => LastedEvent().IsMatch(text);

    [GeneratedRegex($@"\b({Incident})\b[^.;:?!]{{0,80}}?\b(lasted|entered\s+(a|its)\s+(second|third)\s+day|went\s+on\s+for|continued\s+for|dragged\s+on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastedEvent();

    // A name inside the text (not its first words): "Ilya Bogdanov", "Russian Volunteer Corps".
    public static bool HasName(string text) => Name().IsMatch(text);

    [GeneratedRegex(@"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(\s+(of\s+)?[A-Z][a-z]+)+\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(\s+[A-Z][a-z]+)+\b|\b(group|groups|legion|corps|ministry|army|forces|militia|fighters|units|unit|battalion|volunteers|intelligence|directorate|governor|spokesperson|spokesman)\b")]
    private static partial Regex Who();

    [GeneratedRegex(@"\bin order to\b|\bso that\b|\b(aim|aims|aimed|goal|goals|purpose|intended|intention|objective|motive|mission|sought|seeking|in a bid to|because|reason|wanted|want to|wants to|hoped|hopes|(were|are|was|is) creating|to (create|liberate|free|show|demonstrate|fight|overthrow|protect|establish|distract|draw|divert|end|topple|stretch|force))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^(because|reason)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\b(in|at|near|from|into|across|inside|outside|towards?)\s+(the\s+)?[A-Z][a-z]+|\b(village|villages|town|towns|district|region|border|city|area|settlement|province|oblast)\b")]
    private static partial Regex Place();
}
