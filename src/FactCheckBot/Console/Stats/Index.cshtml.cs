using System.Globalization;
using System.Text;
using FactCheckBot.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Stats;

public sealed class StatsModel(UsageStats stats) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;

    public Usage Usage { get; private set; } = null!;

    public SvgChart Questions { get; private set; } = null!;
    public SvgChart Feedback { get; private set; } = null!;
    public SvgChart Outlets { get; private set; } = null!;
    public SvgChart Latencies { get; private set; } = null!;

    public void OnGet()
    {
        Usage = stats.For(ValidDays());
        var days = Usage.PerDay.Select(d => d.Day).ToList();
        Questions = SvgChart.Stacked("Questions per day", days,
            [new("answered", "answered"), new("not_covered", "not covered"), new("rejected", "rejected")],
            (i, s) => s switch { 0 => Usage.PerDay[i].Answered, 1 => Usage.PerDay[i].NotCovered, _ => Usage.PerDay[i].Rejected });
        Feedback = SvgChart.Stacked("Votes per day", days, [new("up", "👍"), new("down", "👎")],
            (i, s) => s == 0 ? Usage.PerDay[i].Up : Usage.PerDay[i].Down);
        Outlets = SvgChart.Horizontal("Answers quoting each outlet", Usage.Outlets.Select(o => (o.Outlet, o.Answers)).ToList());
        var l = Usage.Latency;
        Latencies = SvgChart.Horizontal($"Latency in ms ({l.Count} answers)",
            [("p50", (long)Math.Round(l.P50)), ("p90", (long)Math.Round(l.P90)), ("p95", (long)Math.Round(l.P95)),
             ("p99", (long)Math.Round(l.P99)), ("slowest", (long)Math.Round(l.Max))]);
    }

    public FileContentResult OnGetCsv()
    {
        var usage = stats.For(ValidDays());
        return Csv("per-day", ["day", "questions", "answered", "not_covered", "rejected", "up", "down", "askers"],
            usage.PerDay.Select(d => new[] { d.Day, N(d.Questions), N(d.Answered), N(d.NotCovered), N(d.Rejected), N(d.Up), N(d.Down), N(d.Askers) }));
    }

    public FileContentResult OnGetNotCoveredCsv()
    {
        var usage = stats.For(ValidDays());
        return Csv("not-covered", ["times", "askers", "last_asked", "latest_answer_id", "question"],
            usage.NotCovered.Select(q => new[] { N(q.Times), N(q.Askers), q.LastAsked, N(q.LatestId), q.Question }));
    }

    private int ValidDays() => Days = Math.Clamp(Days, 1, 3650);

    private FileContentResult Csv(string name, string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder().AppendLine(string.Join(',', header));
        foreach (var row in rows) text.AppendLine(string.Join(',', row.Select(LogExport.Escape)));
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(new UTF8Encoding(false).GetBytes(text.ToString()), "text/csv; charset=utf-8", $"factcheck-{name}-{Days}d-{day}.csv");
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
