using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Moderation;

public enum QueueShow
{
    NeedsLook, // users' 👎 and "ask a moderator" since the last review, flagged, then not yet reviewed (not_covered first)
    All,
}

public enum StatusFilter { Any, Answered, NotCovered, Rejected }

public enum ReviewFilter { Any, Unreviewed, Approved, Flagged, Corrected }

public enum FeedbackFilter { Any, Down, Up, None }

public enum ChatKind { Any, Private, Group, CommandLine }

public sealed record QueueFilter(
    QueueShow Show = QueueShow.NeedsLook, StatusFilter Status = StatusFilter.Any, ReviewFilter Review = ReviewFilter.Any,
    FeedbackFilter Feedback = FeedbackFilter.Any, ChatKind Chat = ChatKind.Any, DateOnly? From = null, DateOnly? To = null);

public sealed record QueueRow(
    long Id, string AskedAt, long? ChatId, long? UserId, string Status, string Question, string? ReviewStatus, string? ReviewedAt,
    long Up, long Down, long Moderator, long DownSinceReview);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, long Total);

// The answer log as a review queue with filters, for the web console. Private chats' questions
// are listed here (the console is only for moderators); a chat never sees this list.
public sealed class ReviewQueue(Database database)
{
    private const string DownSinceReview = """
        EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id AND f.kind IN ('down', 'moderator')
                AND (r.reviewed_at IS NULL OR f.at > r.reviewed_at))
        """;

    private const string Where = $"""
        WHERE (@all OR {DownSinceReview} OR r.status = 'flagged' OR (r.answer_id IS NULL AND a.status <> 'rejected'))
          AND (@status IS NULL OR a.status = @status)
          AND (@review IS NULL OR (@review = 'none' AND r.answer_id IS NULL) OR r.status = @review)
          AND (@feedback IS NULL
               OR (@feedback = 'down' AND EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id AND f.kind IN ('down', 'moderator')))
               OR (@feedback = 'up' AND EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'up'))
               OR (@feedback = 'none' AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id)))
          AND (@chat IS NULL OR (@chat = 'private' AND a.chat_id > 0) OR (@chat = 'group' AND a.chat_id < 0)
               OR (@chat = 'none' AND a.chat_id IS NULL))
          AND (@from IS NULL OR a.asked_at >= @from)
          AND (@before IS NULL OR a.asked_at < @before)
        """;

    private const string PageSql = $"""
        SELECT a.id, a.asked_at, a.chat_id, a.user_id, a.status, a.question, r.status AS review_status, r.reviewed_at,
               (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'up') AS up,
               (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'down') AS down,
               (SELECT count(*) FROM feedback f WHERE f.answer_id = a.id AND f.kind = 'moderator') AS moderator,
               {DownSinceReview} AS down_since_review
        FROM answers a LEFT JOIN reviews r ON r.answer_id = a.id
        {Where}
        ORDER BY CASE WHEN @all THEN 0
                      WHEN {DownSinceReview} THEN 0 WHEN r.status = 'flagged' THEN 1 WHEN a.status = 'not_covered' THEN 2 ELSE 3 END,
                 a.id DESC
        LIMIT @limit OFFSET @offset;
        """;

    private const string CountSql = $"SELECT count(*) FROM answers a LEFT JOIN reviews r ON r.answer_id = a.id {Where};";

    // page: from 1.
    public QueuePage Page(QueueFilter filter, int page, int size)
    {
        var args = new DynamicParameters(new
        {
            all = filter.Show == QueueShow.All,
            status = filter.Status switch
            {
                StatusFilter.Answered => "answered", StatusFilter.NotCovered => "not_covered", StatusFilter.Rejected => "rejected", _ => null,
            },
            review = filter.Review switch
            {
                ReviewFilter.Unreviewed => "none", ReviewFilter.Approved => "approved", ReviewFilter.Flagged => "flagged",
                ReviewFilter.Corrected => "corrected", _ => null,
            },
            feedback = filter.Feedback switch { FeedbackFilter.Down => "down", FeedbackFilter.Up => "up", FeedbackFilter.None => "none", _ => null },
            chat = filter.Chat switch { ChatKind.Private => "private", ChatKind.Group => "group", ChatKind.CommandLine => "none", _ => null },
            from = filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            before = filter.To?.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            limit = size,
            offset = (long)(Math.Max(page, 1) - 1) * size,
        });
        using var connection = database.Open();
        return new QueuePage(connection.QueryRecords<QueueRow>(PageSql, args), connection.ExecuteScalar<long>(CountSql, args));
    }

    public static ChatKind KindOf(long? chatId) => chatId switch
    {
        null => ChatKind.CommandLine,
        > 0 => ChatKind.Private,
        _ => ChatKind.Group,
    };
}
