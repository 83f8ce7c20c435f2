using System.Text;

namespace FactCheckBot.Answering;

// The answer as a person reads it in a terminal or a log: who said what, verbatim.
public static class AnswerText
{
    public static string OutletLine(Citation c)
    {
        var outlet = Outlets.Name(c);
        if (c.AlsoPublishedBy.Count > 0) outlet += $" (also published by {string.Join(", ", c.AlsoPublishedBy)})";
        return c.Published is null ? outlet : $"{outlet}, {c.Published}";
    }

    public static string Render(Answer answer)
    {
        var builder = new StringBuilder();
        if (!string.IsNullOrEmpty(answer.Summary)) builder.AppendLine(answer.Summary).AppendLine();
        var outlets = answer.Citations.Select(c => c.Outlet).Distinct().Count();
        builder.Append(outlets == 1 ? "1 outlet reports on this" : $"{outlets} outlets report on this")
            .AppendLine(" (quotes are verbatim):");
        foreach (var c in answer.Citations)
        {
            builder.AppendLine();
            builder.Append('[').Append(c.N).Append("] ").Append(OutletLine(c));
            if (c.Speaker is not null) builder.Append(" — speaker: ").Append(c.Speaker);
            if (c.Hedged) builder.Append(" — hedged: ").Append(string.Join(", ", c.HedgeTerms.Select(t => $"\"{t}\"")));
            if (c.Stance is not null) builder.Append(c.Stance == Text.Stance.Denies ? " — a denial" : " — doubt");
            builder.AppendLine();
            builder.Append("    ").AppendLine(Quoted(c.Quote));
        }
        if (answer.Conflicts.Count > 0)
        {
            builder.AppendLine().AppendLine("The outlets give different figures:");
            foreach (var conflict in answer.Conflicts)
                builder.Append("  - ").Append(conflict.About).Append(": ")
                    .AppendLine(string.Join("; ", conflict.Values.Select(v => $"\"{v.Value}\" {Refs(v.Citations)}")));
        }
        if (answer.Missing.Count > 0)
            builder.AppendLine().Append("Not found in any source: ").Append(string.Join(", ", answer.Missing)).AppendLine(".");
        if (answer.OutletsWithNothing.Count > 0)
            builder.AppendLine().AppendLine(NothingFrom(answer.OutletsWithNothing));
        builder.AppendLine().AppendLine("Sources:");
        foreach (var source in answer.Citations.GroupBy(c => c.SourceId))
        {
            var c = source.First();
            builder.Append(Refs(source.Select(x => x.N))).Append(' ').Append(c.Outlet);
            if (c.Title is not null) builder.Append(" — ").Append(c.Title);
            if (c.Url is not null) builder.Append(" — ").Append(c.Url);
            builder.AppendLine();
        }
        return builder.ToString().TrimEnd();
    }

    // "No quote from RFE/RL or The Guardian answers this.": outlets the question named with nothing relevant found.
    public static string NothingFrom(IReadOnlyList<string> outlets) => $"No quote from {Outlets.List(outlets, "or")} answers this.";

    public static string Refs(IEnumerable<int> citations) => string.Concat(citations.Select(n => $"[{n}]"));

    // "No quote from RFE/RL answers this. The Guardian and FISM News report on it: ask without naming RFE/RL to read
    // their quotes.": the question named outlets, and only others answer it.
    public static string OnlyOthers(IReadOnlyList<string> named, IReadOnlyList<string> others) =>
        $"{NothingFrom(named)} {Outlets.List(others)} {(others.Count == 1 ? "reports" : "report")} on it: ask without naming "
        + $"{Outlets.List(named, "or")} to read {(others.Count == 1 ? "its" : "their")} quotes.";

    public const string AfterReports =
        "The sources report the incident as it happened; none of them can say what came later. Ask what they report, for example what was said at the time.";

    public const string BeyondReports =
        "The sources report what happened; they do not forecast, give opinions or advise. Ask what they report, for example who said what about it.";

    public static string NotCovered(bool nothingToSearch, IReadOnlyList<string> missing, bool unknownToCorpus)
    {
        if (nothingToSearch)
            return "I could not tell what to look up in that. Ask about a person, place, group or event in the sources.";
        if (missing.Count == 0)
            return "The sources do not cover this question.";
        return unknownToCorpus
            ? $"The sources do not cover this: none of them mentions {Join(missing, "or")}."
            : $"The sources do not answer this: no passage connects {Join(missing, "and")} with the rest of the question.";
    }

    public static string Rejected(string reason) => reason;

    // A quote in quotation marks, unless it opens with one of its own (“I now appeal …,” he said.).
    public static string Quoted(string quote) => quote.StartsWith('“') || quote.StartsWith('"') ? quote : $"“{quote}”";

    private static string Join(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        1 => $"“{items[0]}”",
        _ => string.Join(", ", items.Take(items.Count - 1).Select(i => $"“{i}”")) + $" {conjunction} “{items[^1]}”",
    };
}
