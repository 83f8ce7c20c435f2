using System.Text.Json;
using Dapper;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;

namespace FactCheckBot.Answering;

public sealed record Asker(long? ChatId = null, long? UserId = null, long? UpdateId = null);

public sealed record LogEntry(
    DateTimeOffset AskedAt, string Question, string QuestionKey, Asker Asker, string Status, string Answer,
    string Composer, double LatencyMs, string EvidenceJson, string? LlmJson);

public sealed record CorrectionRow(long AnswerId, string Correction, long? ReviewerId, string ReviewedAt);

// The answer log: every question and what was answered, with the evidence behind it.
public sealed class AnswerLog(Database database)
{
    private const string InsertSql = """
        INSERT INTO answers (id, asked_at, question, question_key, chat_id, user_id, update_id, status, answer, composer,
                             latency_ms, evidence_json, result_json, llm_json)
        VALUES (@Id, @AskedAt, @Question, @QuestionKey, @ChatId, @UserId, @UpdateId, @Status, @Answer, @Composer,
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
            entry.Asker.UpdateId, entry.Status, entry.Answer, entry.Composer, entry.LatencyMs, entry.EvidenceJson,
            ResultJson = resultJson(id), entry.LlmJson,
        }, transaction);
        transaction.Commit();
        return id;
    }

    public string? ResultForUpdate(long updateId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>("SELECT result_json FROM answers WHERE update_id = @updateId;", new { updateId });
    }

    private const string CorrectionSql = """
        SELECT a.id AS AnswerId, r.correction, r.reviewer_id, r.reviewed_at
        FROM reviews r JOIN answers a ON a.id = r.answer_id
        WHERE r.status = 'corrected' AND a.question_key = @key AND a.question_key <> ''
        ORDER BY r.reviewed_at DESC, r.answer_id DESC
        LIMIT 1;
        """;

    public CorrectionRow? FindCorrection(string key)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<CorrectionRow>(CorrectionSql, new { key });
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
}
