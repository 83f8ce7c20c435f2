using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Moderation;

public sealed record LogSummary(
    long Id, string AskedAt, long? ChatId, long? UserId, string Status, string Composer, double LatencyMs, string Question,
    string? ReviewStatus, long Up, long Down, long Moderator);

public sealed record LogDetail(
    long Id, string AskedAt, long? ChatId, long? UserId, string Status, string Composer, double LatencyMs, string Question,
    string Answer, string EvidenceJson, string ResultJson, string? LlmJson,
    string? ReviewStatus, string? ReviewNote, string? Correction, long? ReviewerId, string? ReviewedAt,
    long Up, long Down, long Moderator);

// Reading the answer log: lists, one entry in full, exports.
public sealed class LogBook(Database database)
{
    private const string Feedback = """
        (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'up') AS up,
        (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'down') AS down,
        (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'moderator') AS moderator
        """;

    private const string ListSql = $"""
        SELECT a.id, a.asked_at, a.chat_id, a.user_id, a.status, a.composer, a.latency_ms, a.question, r.status AS review_status,
               {Feedback}
        FROM answers a LEFT JOIN reviews r ON r.answer_id = a.id
        ORDER BY a.id DESC
        LIMIT @limit;
        """;

    public IReadOnlyList<LogSummary> List(int limit)
    {
        using var connection = database.Open();
        return connection.QueryRecords<LogSummary>(ListSql, new { limit });
    }

    private const string DetailSql = $"""
        SELECT a.id, a.asked_at, a.chat_id, a.user_id, a.status, a.composer, a.latency_ms, a.question,
               a.answer, a.evidence_json, a.result_json, a.llm_json,
               r.status AS review_status, r.note AS review_note, r.correction, r.reviewer_id, r.reviewed_at,
               {Feedback}
        FROM answers a LEFT JOIN reviews r ON r.answer_id = a.id
        WHERE a.id >= @from AND (@since IS NULL OR a.asked_at >= @since)
        ORDER BY a.id
        LIMIT @limit;
        """;

    public LogDetail? Get(long id)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<LogDetail>(DetailSql, new { from = id, since = (string?)null, limit = 1 }) is { } row && row.Id == id
            ? row : null;
    }

    // Streams the log in id order, a page at a time, so an export never holds it all in memory.
    public IEnumerable<LogDetail> Export(string? since)
    {
        long from = 0;
        while (true)
        {
            List<LogDetail> page;
            using (var connection = database.Open())
                page = connection.QueryRecords<LogDetail>(DetailSql, new { from, since, limit = 500 });
            foreach (var row in page) yield return row;
            if (page.Count < 500) yield break;
            from = page[^1].Id + 1;
        }
    }
}
