using System.Text.Json;
using Dapper;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Answering;

// Who asked: the chat, the user, the update that carried the question and the message it was in.
public sealed record Asker(long? ChatId = null, long? UserId = null, long? UpdateId = null, long? MessageId = null);

public sealed record LogEntry(
    DateTimeOffset AskedAt, string Question, string QuestionKey, Asker Asker, string Status, string Answer,
    string Composer, double LatencyMs, string EvidenceJson, string? LlmJson);

// The answer log: every question and what was answered, with the evidence behind it, the feedback on
// it and the moderators' reviews. This class is the only code that reads or writes those tables
// (answers, feedback, review_actions and its view reviews, question_vectors); everything else asks it.
// Split by concern: writing answers (here), reading (AnswerLog.Reading.cs), reviews
// (AnswerLog.Reviews.cs), feedback and privacy (AnswerLog.Feedback.cs).
public sealed partial class AnswerLog(Database database, TimeProvider time)
{
    private const string InsertSql = """
        INSERT INTO answers (id, asked_at, question, question_key, chat_id, user_id, update_id, message_id, status, answer, composer,
                             latency_ms, evidence_json, result_json, llm_json)
        VALUES (@Id, @AskedAt, @Question, @QuestionKey, @ChatId, @UserId, @UpdateId, @MessageId, @Status, @Answer, @Composer,
                @LatencyMs, @EvidenceJson, @ResultJson, @LlmJson);
        """;

    // The result JSON carries its own log id, so the id is taken first under the write lock
    // (BEGIN IMMEDIATE) and the row is written once.
    public long Write(LogEntry entry, Func<long, string> resultJson)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var id = connection.ExecuteScalar<long>("SELECT coalesce(max(id), 0) + 1 FROM answers;", transaction: transaction);
        connection.Execute(InsertSql, new
        {
            Id = id, AskedAt = Timestamp.Of(entry.AskedAt), entry.Question, entry.QuestionKey, entry.Asker.ChatId, entry.Asker.UserId,
            entry.Asker.UpdateId, entry.Asker.MessageId, entry.Status, entry.Answer, entry.Composer, entry.LatencyMs, entry.EvidenceJson,
            ResultJson = resultJson(id), entry.LlmJson,
        }, transaction);
        transaction.Commit();
        return id;
    }

    // The answer already given to a Telegram update, when it is handled again after a failure.
    public Answer? Answered(long updateId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>("SELECT result_json FROM answers WHERE update_id = @updateId;", new { updateId })
            is { } json ? AnswerJson.Deserialize(json) : null;
    }

    public static string EvidenceJson(Evidence? evidence)
    {
        if (evidence is null) return "{}";
        return JsonSerializer.Serialize(new
        {
            corrections = evidence.Question.Corrections.Select(c => new { typed = c.Typed, corpus = c.Corpus }),
            absent_importance = evidence.AbsentImportance is { } importance ? Math.Round(importance, 3) : (double?)null,
            type = evidence.Question.Type.ToString(),
            concepts = evidence.Concepts.Select(c => new
            {
                label = c.Concept.Label, key = c.Concept.Key, name = c.Concept.IsName, df = c.DocumentFrequency,
                weight = Math.Round(c.Weight, 3),
            }),
            passages = evidence.Considered.Select(p => new
            {
                passage_id = p.PassageId, source_id = p.SourceId, bm25 = Math.Round(p.Rank, 4), coverage = p.Coverage, score = p.Score,
                similarity = p.Similarity, span = new[] { p.Start, p.End }, qualified = p.Qualified,
                quoted = evidence.Quotes.Any(q => q.Passage.PassageId == p.PassageId),
            }),
        });
    }

    private static void EnsureAnswer(SqliteConnection connection, long answerId, SqliteTransaction transaction)
    {
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM answers WHERE id = @answerId;", new { answerId }, transaction) == 0)
            throw new InputException($"There is no answer #{answerId} in the log.");
    }

    private string Now() => Timestamp.Now(time);
}
