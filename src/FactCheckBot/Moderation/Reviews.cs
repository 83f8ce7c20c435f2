using System.Globalization;
using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Moderation;

public static class FeedbackKind
{
    public const string Up = "up";
    public const string Down = "down";
    public const string Moderator = "moderator";
}

// ModelUnavailable: answers that fell back to extractive because the model could not be reached
// (timed out, refused the connection, failed with 5xx, or its circuit breaker was open).
public sealed record DayStats(string Day, long Answers, long Answered, long NotCovered, long Rejected, long Up, long Down,
    long ModeratorRequests, long Approved, long Flagged, long Corrected, long ModelUnavailable);

// Moderators' verdicts on answers and users' feedback. A correction is served for later
// repeats of the question (see AnswerLog.FindCorrection).
public sealed class Reviews(Database database, TimeProvider time)
{
    public const int MaxCorrectionChars = 3000;
    public const int MaxReasonChars = 500;

    public void Approve(long answerId, long? reviewerId) => Review(answerId, reviewerId, "approved", null, null);

    public void Flag(long answerId, long? reviewerId, string reason)
    {
        reason = Required(reason, "a reason", MaxReasonChars);
        Review(answerId, reviewerId, "flagged", reason, null);
    }

    public void Correct(long answerId, long? reviewerId, string correction)
    {
        correction = Required(correction, "the corrected answer", MaxCorrectionChars);
        Review(answerId, reviewerId, "corrected", null, correction);
    }

    private const string ReviewSql = """
        INSERT INTO reviews (answer_id, status, note, correction, reviewer_id, reviewed_at)
        VALUES (@answerId, @status, @note, @correction, @reviewerId, @at)
        ON CONFLICT (answer_id) DO UPDATE SET status = excluded.status, note = excluded.note,
            correction = excluded.correction, reviewer_id = excluded.reviewer_id, reviewed_at = excluded.reviewed_at;
        """;

    private void Review(long answerId, long? reviewerId, string status, string? note, string? correction)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        EnsureAnswer(connection, answerId, transaction);
        connection.Execute(ReviewSql, new { answerId, status, note, correction, reviewerId, at = Now() }, transaction);
        transaction.Commit();
    }

    // Returns false when this user had already given this feedback on this answer.
    // inChat: feedback from a button counts only for an answer given in that chat (or in the group it
    // migrated from), so a forged button cannot push any answer to the front of the review queue.
    public bool AddFeedback(long answerId, long userId, string kind, long? inChat = null)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        EnsureAnswer(connection, answerId, transaction);
        if (inChat is { } chat && !connection.ExecuteScalar<bool>("""
                SELECT EXISTS (SELECT 1 FROM answers a WHERE a.id = @answerId
                    AND (a.chat_id = @chat OR a.chat_id IN (SELECT m.chat_id FROM chat_migrations m WHERE m.migrated_to = @chat)));
                """, new { answerId, chat }, transaction))
            throw new InputException($"Answer #{answerId} was not given in this chat.");
        var added = connection.Execute("""
            INSERT INTO feedback (answer_id, user_id, kind, at) VALUES (@answerId, @userId, @kind, @at)
            ON CONFLICT DO NOTHING;
            """, new { answerId, userId, kind, at = Now() }, transaction);
        transaction.Commit();
        return added > 0;
    }

    // The queue's order is (flagged by users first, then oldest first); a skip continues after the
    // skipped answer in that order, so it never passes over older answers not yet shown.
    private const string QueueSql = """
        WITH queue AS (
            SELECT a.id, EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id AND f.kind IN ('down', 'moderator')) AS flagged
            FROM answers a
            WHERE a.status <> 'rejected' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.answer_id = a.id)
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
    public long? Next(long after = 0)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>(QueueSql, new { after });
    }

    public long QueueLength()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("""
            SELECT count(*) FROM answers a
            WHERE a.status <> 'rejected' AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.answer_id = a.id);
            """);
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

    private static void EnsureAnswer(Microsoft.Data.Sqlite.SqliteConnection connection, long answerId, System.Data.IDbTransaction transaction)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM answers WHERE id = @answerId;", new { answerId }, transaction) == 0)
            throw new InputException($"There is no answer #{answerId} in the log.");
    }

    private static string Required(string? value, string what, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) throw new InputException($"Give {what}.");
        if (text.Length > max) throw new InputException($"{char.ToUpperInvariant(what[0])}{what[1..]} is longer than {max} characters.");
        return text;
    }

    private string Now() => Timestamp.Now(time);
}
