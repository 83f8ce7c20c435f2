using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Storage;
using FactCheckBot.Text;

namespace FactCheckBot.Evaluation;

public sealed record Metric(string Name, string Meaning, int Hits, int Total)
{
    public double Rate => Total == 0 ? 1 : (double)Hits / Total;
}

public sealed record ItemResult(string Id, string Category, string Question, string Status, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}

public sealed record EvalReport(IReadOnlyList<Metric> Metrics, IReadOnlyList<ItemResult> Items)
{
    public Metric this[string name] => Metrics.Single(m => m.Name == name);
}

// Asks every question and scores the answers against the file: quotes verbatim, right outlet,
// expected facts present, out-of-corpus refused, hostile input harmless.
public sealed class Evaluator(AnswerService answers, SourceStore sources, Database database)
{
    private sealed class Tally(string name, string meaning)
    {
        public int Hits, Total;
        public void Add(bool hit) { Total++; if (hit) Hits++; }
        public Metric ToMetric() => new(name, meaning, Hits, Total);
    }

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken cancellationToken = default, bool wordsOnly = false)
    {
        var status = new Tally("status", "answered / not_covered / rejected as expected");
        var verbatim = new Tally("verbatim", "quotes that are exact substrings of the cited source at the cited offsets");
        var attribution = new Tally("attribution", "citations whose outlet is the cited source's outlet");
        var recall = new Tally("outlet_recall", "expected outlets that are cited");
        var precision = new Tally("outlet_precision", "citations from the only outlets that report a single-outlet fact");
        var facts = new Tally("facts", "expected facts found in a quote (from the expected outlet)");
        var refusals = new Tally("refusals", "out-of-corpus questions answered not_covered");
        var missing = new Tally("missing", "unknown names reported as missing");
        var conflicts = new Tally("conflicts", "expected disagreements on figures detected");
        var noConflicts = new Tally("no_false_conflicts", "consistent figures not reported as conflicts");
        var speakers = new Tally("speakers", "expected speakers named on the outlet's citation");
        var hedges = new Tally("hedges", "expected hedging outlets flagged as hedged");
        var hostile = new Tally("hostile_safe", "hostile inputs answered without error, corpus unchanged");

        var texts = sources.List().ToDictionary(s => s.Id, s => (s.Outlet, Text: sources.GetText(s.Id) ?? ""));
        var results = new List<ItemResult>();
        foreach (var item in items)
        {
            var problems = new List<string>();
            var before = item.Category == "hostile" ? Fingerprint() : null;
            Answer answer;
            try
            {
                answer = await answers.AskAsync(item.Question, new Asker(), cancellationToken, wordsOnly);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add($"failed: {ex.Message}");
                hostile.Add(false);
                results.Add(new ItemResult(item.Id, item.Category, item.Question, "error", problems));
                continue;
            }
            if (before is not null)
            {
                var same = before == Fingerprint();
                hostile.Add(same);
                if (!same) problems.Add("the corpus changed");
            }
            if (item.Status is not null)
            {
                status.Add(answer.Status == item.Status);
                if (answer.Status != item.Status) problems.Add($"status {answer.Status}, expected {item.Status}");
            }
            if (item.Category == "out_of_corpus") refusals.Add(answer.Status == AnswerStatus.NotCovered);

            foreach (var c in answer.Citations)
            {
                var found = texts.TryGetValue(c.SourceId, out var source);
                var exact = found && c.Quote.Length > 0 && c.End <= source.Text.Length && source.Text[c.Start..c.End] == c.Quote;
                verbatim.Add(exact);
                attribution.Add(found && source.Outlet == c.Outlet);
                if (!exact) problems.Add($"quote [{c.N}] is not verbatim");
            }
            var cited = answer.Citations.Select(c => c.Outlet).ToHashSet();
            foreach (var outlet in item.Outlets ?? [])
            {
                recall.Add(cited.Contains(outlet));
                if (!cited.Contains(outlet)) problems.Add($"{outlet} not cited");
            }
            if (item.OnlyOutlets is { } only)
                foreach (var c in answer.Citations)
                {
                    precision.Add(only.Contains(c.Outlet));
                    if (!only.Contains(c.Outlet)) problems.Add($"[{c.N}] {c.Outlet} cited for a fact only {string.Join(", ", only)} reports");
                }
            foreach (var fact in item.Facts ?? [])
            {
                // “for Bakhmut” and "for Bakhmut" are the same words: quotation marks and apostrophes of every kind match.
                var hit = answer.Citations.Any(c => (fact.Outlet is null || c.Outlet == fact.Outlet)
                    && ChatText.Plain(c.Quote).Contains(ChatText.Plain(fact.Text), StringComparison.OrdinalIgnoreCase));
                facts.Add(hit);
                if (!hit) problems.Add($"fact \"{fact.Text}\"{(fact.Outlet is null ? "" : $" from {fact.Outlet}")} missing");
            }
            foreach (var name in item.Missing ?? [])
            {
                // "lavrov" typed, "Sergei Lavrov" expected: the name as typed is reported.
                var hit = answer.Missing.Any(m => m.Contains(name, StringComparison.OrdinalIgnoreCase)
                    || (m.Length >= 3 && name.Contains(m, StringComparison.OrdinalIgnoreCase)));
                missing.Add(hit);
                if (!hit) problems.Add($"\"{name}\" not reported missing");
            }
            if (item.Conflict is not null)
            {
                var hit = answer.Conflicts.Any(c => c.About == item.Conflict);
                conflicts.Add(hit);
                if (!hit) problems.Add($"conflict on {item.Conflict} not found");
            }
            if (item.NoConflict)
            {
                noConflicts.Add(answer.Conflicts.Count == 0);
                if (answer.Conflicts.Count > 0) problems.Add($"false conflict on {answer.Conflicts[0].About}");
            }
            foreach (var expected in item.Speakers ?? [])
            {
                var hit = answer.Citations.Any(c => c.Outlet == expected.Outlet
                    && c.Speaker?.Contains(expected.Speaker, StringComparison.OrdinalIgnoreCase) == true);
                speakers.Add(hit);
                if (!hit) problems.Add($"speaker {expected.Speaker} not named for {expected.Outlet}");
            }
            foreach (var outlet in item.Hedged ?? [])
            {
                var hit = answer.Citations.Any(c => c.Outlet == outlet && c.Hedged);
                hedges.Add(hit);
                if (!hit) problems.Add($"hedging by {outlet} not flagged");
            }
            results.Add(new ItemResult(item.Id, item.Category, item.Question, answer.Status, problems));
        }
        var metrics = new[] { status, verbatim, attribution, recall, precision, facts, refusals, missing, conflicts, noConflicts, speakers, hedges, hostile }
            .Select(t => t.ToMetric()).ToList();
        return new EvalReport(metrics, results);
    }

    private string Fingerprint()
    {
        using var connection = database.Open();
        return connection.QuerySingle<string>("""
            SELECT (SELECT count(*) FROM sources) || '/' || (SELECT count(*) FROM passages) || '/' || (SELECT count(*) FROM aliases)
                   || '/' || (SELECT integrity_check FROM pragma_integrity_check);
            """);
    }
}
