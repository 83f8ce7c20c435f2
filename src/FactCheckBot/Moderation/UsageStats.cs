using FactCheckBot.Answering;
using System.Globalization;
using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Moderation;

public sealed record StatsDay(string Day, long Questions, long Answered, long NotCovered, long Rejected, long Up, long Down, long Askers);

public sealed record OutletCount(string Outlet, long Answers);

public sealed record MissingQuestion(string Question, long Times, long Askers, string LastAsked, long LatestId);

public sealed record Latency(long Count, double P50, double P90, double P95, double P99, double Max);

public sealed record Usage(
    int Days, IReadOnlyList<StatsDay> PerDay, long Askers, long ReturningAskers, IReadOnlyList<OutletCount> Outlets, Latency Latency,
    IReadOnlyList<MissingQuestion> NotCovered)
{
    public long Questions => PerDay.Sum(d => d.Questions);
    public long Up => PerDay.Sum(d => d.Up);
    public long Down => PerDay.Sum(d => d.Down);
}

// The numbers behind the console's stats page: what is asked, how it is answered, what people
// think of it, and what the corpus is missing. Per-day counts are AnswerLog.Stats, as /stats and `log stats` show them.
public sealed class UsageStats(Database database, AnswerLog log, TimeProvider time)
{
    public Usage For(int days)
    {
        var first = time.GetUtcNow().UtcDateTime.Date.AddDays(-(days - 1));
        var since = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var connection = database.Open();
        var counts = log.Stats(days).ToDictionary(d => d.Day);
        var askers = connection.Query<(string Day, long Askers)>("""
            SELECT substr(asked_at, 1, 10) AS day, count(DISTINCT user_id) FROM answers
            WHERE asked_at >= @since AND user_id IS NOT NULL GROUP BY day;
            """, new { since }).ToDictionary(r => r.Day, r => r.Askers);
        var perDay = Enumerable.Range(0, days).Select(i => first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Select(day =>
            counts.TryGetValue(day, out var d)
                ? new StatsDay(day, d.Answers, d.Answered, d.NotCovered, d.Rejected, d.Up, d.Down, askers.GetValueOrDefault(day))
                : new StatsDay(day, 0, 0, 0, 0, 0, 0, 0)).ToList();

        // Returning: asked in the period on a later day than the first time they ever asked.
        var (total, returning) = connection.QuerySingle<(long, long)>("""
            WITH firsts AS (SELECT user_id, min(substr(asked_at, 1, 10)) AS first_day FROM answers WHERE user_id IS NOT NULL GROUP BY user_id)
            SELECT count(DISTINCT a.user_id), count(DISTINCT CASE WHEN substr(a.asked_at, 1, 10) > f.first_day THEN a.user_id END)
            FROM answers a JOIN firsts f ON f.user_id = a.user_id
            WHERE a.asked_at >= @since;
            """, new { since });

        var outlets = connection.QueryRecords<OutletCount>("""
            SELECT json_extract(c.value, '$.outlet') AS outlet, count(DISTINCT a.id) AS answers
            FROM answers a CROSS JOIN json_each(a.result_json, '$.citations') c
            WHERE a.asked_at >= @since AND json_valid(a.result_json)
            GROUP BY outlet ORDER BY answers DESC, outlet;
            """, new { since });

        var latencies = connection.Query<double>("SELECT latency_ms FROM answers WHERE asked_at >= @since ORDER BY latency_ms;", new { since }).ToList();

        // One row per question as the log keys it (its content terms), shown as it was last asked: with a single
        // max() in the query, SQLite takes the other plain columns from the row that has it.
        var missing = connection.QueryRecords<MissingQuestion>("""
            SELECT a.question, count(*) AS times, count(DISTINCT a.user_id) AS askers, a.asked_at AS last_asked, max(a.id) AS latest_id
            FROM answers a
            WHERE a.status = 'not_covered' AND a.asked_at >= @since
            GROUP BY CASE WHEN a.question_key <> '' THEN a.question_key ELSE lower(a.question) END
            ORDER BY times DESC, latest_id DESC
            LIMIT 20;
            """, new { since });

        return new Usage(days, perDay, total, returning, outlets, Percentiles(latencies), missing);
    }

    // Nearest rank on the sorted latencies.
    private static Latency Percentiles(IReadOnlyList<double> sorted)
    {
        if (sorted.Count == 0) return new Latency(0, 0, 0, 0, 0, 0);
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new Latency(sorted.Count, At(0.5), At(0.9), At(0.95), At(0.99), sorted[^1]);
    }
}
