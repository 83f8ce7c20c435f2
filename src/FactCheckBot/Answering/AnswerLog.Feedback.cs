using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Answering;

public static class FeedbackKind
{
    public const string Up = "up";
    public const string Down = "down";
    public const string Moderator = "moderator";
}

// Feedback after a press: the user's vote before and now, the answer's counts, and whether this
// was the first call for a moderator on it (a 👎 or "Ask a moderator" where there was none).
public sealed record FeedbackResult(string? Before, string? Now, long Up, long Down, bool Changed, bool FirstCall);

public sealed record Forgotten(long Questions, long Votes);

// Users' feedback (one vote per user per answer, which they may change) and the privacy of askers.
public sealed partial class AnswerLog
{
    // inChat: feedback from a button counts only for an answer given in that chat (or in the group it
    // migrated from), so a forged button cannot push any answer to the front of the review queue.
    public FeedbackResult AddFeedback(long answerId, long userId, string kind, long? inChat = null)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        EnsureAnswer(connection, answerId, transaction);
        if (inChat is { } chat && !connection.ExecuteScalar<bool>("""
                SELECT EXISTS (SELECT 1 FROM answers a WHERE a.id = @answerId
                    AND (a.chat_id = @chat OR a.chat_id IN (SELECT m.chat_id FROM chat_migrations m WHERE m.migrated_to = @chat)));
                """, new { answerId, chat }, transaction))
            throw new InputException($"Answer #{answerId} was not given in this chat.");
        var calls = CallsForModerator(connection, answerId, transaction);
        var before = connection.ExecuteScalar<string?>("""
            SELECT kind FROM feedback WHERE answer_id = @answerId AND user_id = @userId AND kind IN ('up', 'down');
            """, new { answerId, userId }, transaction);
        var changed = kind == FeedbackKind.Moderator
            ? connection.Execute("""
                INSERT INTO feedback (answer_id, user_id, kind, at) VALUES (@answerId, @userId, 'moderator', @at) ON CONFLICT DO NOTHING;
                """, new { answerId, userId, at = Now() }, transaction) > 0
            : before != kind && connection.Execute("""
                INSERT INTO feedback (answer_id, user_id, kind, at) VALUES (@answerId, @userId, @kind, @at)
                ON CONFLICT (answer_id, user_id) WHERE kind IN ('up', 'down') DO UPDATE SET kind = excluded.kind, at = excluded.at;
                """, new { answerId, userId, kind, at = Now() }, transaction) > 0;
        var (up, down) = connection.QuerySingle<(long, long)>("""
            SELECT coalesce(sum(kind = 'up'), 0), coalesce(sum(kind = 'down'), 0) FROM feedback WHERE answer_id = @answerId;
            """, new { answerId }, transaction);
        var firstCall = calls == 0 && CallsForModerator(connection, answerId, transaction) > 0;
        transaction.Commit();
        return new FeedbackResult(before, kind == FeedbackKind.Moderator ? before : kind, up, down, changed, firstCall);
    }

    private static long CallsForModerator(SqliteConnection connection, long answerId, SqliteTransaction transaction) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM feedback WHERE answer_id = @answerId AND kind IN ('down', 'moderator');",
            new { answerId }, transaction);

    // The question text and who asked go; the answer and the passages behind it stay. What repeats the question's
    // words goes too: a refusal ("none of them mentions …"), the words not found, the terms searched for, and the
    // model's trace (all but whether the model was reachable). In a private chat the chat is the person.
    private const string ForgetSql = """
        UPDATE answers
        SET question = '', forgotten_at = @at,
            answer = CASE WHEN status = 'answered' THEN answer ELSE '' END,
            result_json = json_set(result_json, '$.question', '', '$.missing', json('[]'),
                                   '$.answer', CASE WHEN status = 'answered' THEN json_extract(result_json, '$.answer') ELSE '' END),
            evidence_json = json_remove(evidence_json, '$.concepts', '$.corrections'),
            llm_json = CASE WHEN json_valid(llm_json) THEN json_object('model_unavailable', json_extract(llm_json, '$.model_unavailable')) END,
            user_id = NULL, update_id = NULL, message_id = NULL, chat_id = CASE WHEN chat_id > 0 THEN NULL ELSE chat_id END
        WHERE forgotten_at IS NULL AND
        """;

    // /forget: a person's questions and votes leave the log.
    public Forgotten Forget(long userId)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var questions = connection.Execute(ForgetSql + " (user_id = @userId OR chat_id = @userId);", new { userId, at = Now() }, transaction);
        connection.Execute(ForgetVectorsSql, transaction: transaction);
        var votes = connection.Execute("DELETE FROM feedback WHERE user_id = @userId;", new { userId }, transaction);
        transaction.Commit();
        return new Forgotten(questions, votes);
    }

    // Moderation:RetentionDays: questions asked in private chats before then lose their text and askers.
    public long ForgetPrivateBefore(DateTimeOffset before)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var questions = connection.Execute(ForgetSql + " chat_id > 0 AND asked_at < @before;",
            new { before = Storage.Timestamp.Of(before), at = Now() }, transaction);
        connection.Execute(ForgetVectorsSql, transaction: transaction);
        transaction.Commit();
        return questions;
    }

    // A forgotten question's vector goes too: its correction or flag no longer reaches later askers.
    private const string ForgetVectorsSql =
        "DELETE FROM question_vectors WHERE answer_id IN (SELECT id FROM answers WHERE forgotten_at IS NOT NULL);";
}
