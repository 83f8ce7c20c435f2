using System.Runtime.InteropServices;
using Dapper;

namespace FactCheckBot.Answering;

public static class ReviewStatus
{
    public const string Approved = "approved";
    public const string Flagged = "flagged";
    public const string Corrected = "corrected";
}

// One review action as it was taken; the answer's review is its latest action not undone.
public sealed record ReviewAction(long Id, long AnswerId, string Status, string? Note, string? Correction, long? ReviewerId, string At);

// A corrected or flagged question, with the vector of its text when one was stored.
public sealed record ReviewedQuestion(long AnswerId, string Question, string Status, string? Correction, long? ReviewerId, string At,
    string? Model, byte[]? Vector);

// Moderators' reviews: each action is kept, so the last one can be undone.
public sealed partial class AnswerLog
{
    public ReviewAction Review(long answerId, string status, string? note, string? correction, long? reviewerId)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        EnsureAnswer(connection, answerId, transaction);
        var action = connection.QuerySingle<ReviewAction>("""
            INSERT INTO review_actions (answer_id, status, note, correction, reviewer_id, at)
            VALUES (@answerId, @status, @note, @correction, @reviewerId, @at)
            RETURNING id, answer_id, status, note, correction, reviewer_id, at;
            """, new { answerId, status, note, correction, reviewerId, at = Now() }, transaction);
        transaction.Commit();
        return action;
    }

    // Undoes the latest action on the answer; returns it and the review the answer has again (null: none).
    public (ReviewAction Undone, ReviewAction? Now)? Undo(long answerId, long? by)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        EnsureAnswer(connection, answerId, transaction);
        var actions = connection.Query<ReviewAction>("""
            SELECT id, answer_id, status, note, correction, reviewer_id, at FROM review_actions
            WHERE answer_id = @answerId AND undone_at IS NULL
            ORDER BY id DESC LIMIT 2;
            """, new { answerId }, transaction).AsList();
        if (actions.Count == 0) return null;
        connection.Execute("UPDATE review_actions SET undone_at = @at, undone_by = @by WHERE id = @id;",
            new { at = Now(), by, id = actions[0].Id }, transaction);
        transaction.Commit();
        return (actions[0], actions.Count > 1 ? actions[1] : null);
    }

    // The vector of a reviewed question's text, so later questions are compared with it without embedding it again.
    public void RememberVector(long answerId, string model, ReadOnlySpan<float> vector)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO question_vectors (answer_id, model, vector) VALUES (@answerId, @model, @vector)
            ON CONFLICT (answer_id) DO UPDATE SET model = excluded.model, vector = excluded.vector;
            """, new { answerId, model, vector = MemoryMarshal.AsBytes(vector).ToArray() });
    }

    public bool AnyReviewedQuestions()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM reviews WHERE status IN ('corrected', 'flagged'));");
    }

    // Questions whose answers stand corrected or flagged now, with their vectors from this model (if stored).
    public IReadOnlyList<ReviewedQuestion> ReviewedQuestions(string model)
    {
        using var connection = database.Open();
        return connection.Query<ReviewedQuestion>("""
            SELECT a.id AS answer_id, a.question, r.status, r.correction, r.reviewer_id, r.reviewed_at AS at, v.model, v.vector
            FROM reviews r
            JOIN answers a ON a.id = r.answer_id
            LEFT JOIN question_vectors v ON v.answer_id = a.id AND v.model = @model
            WHERE r.status IN ('corrected', 'flagged')
            ORDER BY r.reviewed_at DESC, a.id DESC;
            """, new { model }).AsList();
    }
}
