using System.Globalization;
using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Answering;

public sealed record LogSummary(
    long Id, string AskedAt, long? ChatId, long? UserId, string Status, string Composer, double LatencyMs, string Question,
    string? ReviewStatus, long Up, long Down, long Moderator, string? ForgottenAt)
{
    public bool Private => LogPrivacy.IsPrivateChat(ChatId);
}

public sealed record LogDetail(
    long Id, string AskedAt, long? ChatId, long? UserId, long? MessageId, string Status, string Composer, double LatencyMs, string Question,
    string Answer, string EvidenceJson, string ResultJson, string? LlmJson,
    string? ReviewStatus, string? ReviewNote, string? Correction, long? ReviewerId, string? ReviewedAt,
    long Up, long Down, long Moderator, string? ForgottenAt)
{
    public bool Private => LogPrivacy.IsPrivateChat(ChatId);
}

// ModelUnavailable: answers that fell back to extractive because the model could not be reached
// (timed out, refused the connection, failed with 5xx, or its circuit breaker was open).
public sealed record DayStats(string Day, long Answers, long Answered, long NotCovered, long Rejected, long Up, long Down,
    long ModeratorRequests, long Approved, long Flagged, long Corrected, long ModelUnavailable);

public static class LogPrivacy
{
    // Telegram gives a private chat the id of the user in it (positive); groups have negative ids.
    // Questions from the command line have no chat.
    public static bool IsPrivateChat(long? chatId) => chatId > 0;
}

// Reading the log: lists, one entry in full, exports, the review queue and daily figures. Lists for a
// group chat leave out questions asked in private chats (includePrivate: false).
public sealed partial class AnswerLog
{
    private const string FeedbackColumns = """
        (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'up') AS up,
        (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'down') AS down,
        (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'moderator') AS moderator
        """;

    private const string NotPrivate = "(@includePrivate OR a.chat_id IS NULL OR a.chat_id < 0)";

    private const string ListSql = $"""
        SELECT a.id, a.asked_at, a.chat_id, a.user_id, a.status, a.composer, a.latency_ms, a.question, r.status AS review_status,
               {FeedbackColumns}, a.forgotten_at
        FROM answers a LEFT JOIN reviews r ON r.answer_id = a.id
        WHERE {NotPrivate}
        ORDER BY a.id DESC
        LIMIT @limit;
        """;

    public IReadOnlyList<LogSummary> List(int limit, bool includePrivate = true)
    {
        using var connection = database.Open();
        return connection.QueryRecords<LogSummary>(ListSql, new { limit, includePrivate });
    }

    private const string DetailSql = $"""
        SELECT a.id, a.asked_at, a.chat_id, a.user_id, a.message_id, a.status, a.composer, a.latency_ms, a.question,
               a.answer, a.evidence_json, a.result_json, a.llm_json,
               r.status AS review_status, r.note AS review_note, r.correction, r.reviewer_id, r.reviewed_at,
               {FeedbackColumns}, a.forgotten_at
        FROM answers a LEFT JOIN reviews r ON r.answer_id = a.id
        WHERE a.id >= @from AND (@since IS NULL OR a.asked_at >= @since)
        ORDER BY a.id
        LIMIT @limit;
        """;

    public LogDetail? Get(long id)
    {
        using var connection = database.Open();
        return connection.QueryRecords<LogDetail>(DetailSql, new { from = id, since = (string?)null, limit = 1 }) is [var row] && row.Id == id
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

    // The queue's order is (flagged by users first, then oldest first); a skip continues after the
    // skipped answer in that order, so it never passes over older answers not yet shown.
    private const string QueueSql = $"""
        WITH queue AS (
            SELECT a.id, EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id AND f.kind IN ('down', 'moderator')) AS flagged
            FROM answers a
            WHERE a.status <> 'rejected' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.answer_id = a.id) AND {NotPrivate}
        ),
        skipped AS (
            SELECT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = @after AND f.kind IN ('down', 'moderator')) AS flagged
        )
        SELECT q.id FROM queue q, skipped s
        WHERE @after = 0 OR q.flagged < s.flagged OR (q.flagged = s.flagged AND q.id > @after)
        ORDER BY q.flagged DESC, q.id
        LIMIT 1;
        """;

    // The next answer to review; after: the answer just skipped (0 for the head of the queue).
    public long? Next(long after = 0, bool includePrivate = true)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>(QueueSql, new { after, includePrivate });
    }

    public long QueueLength(bool includePrivate = true)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>($"""
            SELECT count(*) FROM answers a
            WHERE a.status <> 'rejected' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.answer_id = a.id) AND {NotPrivate};
            """, new { includePrivate });
    }

    private const string StatsSql = """
        SELECT substr(a.asked_at, 1, 10) AS day,
               count(*) AS answers,
               sum(a.status = 'answered') AS answered,
               sum(a.status = 'not_covered') AS not_covered,
               sum(a.status = 'rejected') AS rejected,
               coalesce(sum((SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'up')), 0) AS up,
               coalesce(sum((SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'down')), 0) AS down,
               coalesce(sum((SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'moderator')), 0) AS moderator_requests,
               coalesce(sum((SELECT r.status = 'approved' FROM reviews r WHERE r.answer_id = a.id)), 0) AS approved,
               coalesce(sum((SELECT r.status = 'flagged' FROM reviews r WHERE r.answer_id = a.id)), 0) AS flagged,
               coalesce(sum((SELECT r.status = 'corrected' FROM reviews r WHERE r.answer_id = a.id)), 0) AS corrected,
               coalesce(sum(CASE WHEN json_valid(a.llm_json) THEN json_extract(a.llm_json, '$.model_unavailable') END), 0) AS model_unavailable
        FROM answers a
        WHERE a.asked_at >= @since
        GROUP BY day
        ORDER BY day DESC;
        """;

    public IReadOnlyList<DayStats> Stats(int days)
    {
        var since = time.GetUtcNow().UtcDateTime.Date.AddDays(-(days - 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var connection = database.Open();
        return connection.QueryRecords<DayStats>(StatsSql, new { since });
    }

    // How many logged answers quote the source: what removing it takes away from the record.
    public long TimesCited(long sourceId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("""
            SELECT count(*) FROM answers a
            WHERE a.status = 'answered'
              AND EXISTS (SELECT 1 FROM json_each(a.result_json, '$.citations') c WHERE json_extract(c.value, '$.source_id') = @sourceId);
            """, new { sourceId });
    }
}
