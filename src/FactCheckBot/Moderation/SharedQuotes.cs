using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Moderation;

public sealed record CitingAnswer(long PassageId, long AnswerId, string AskedAt, long? ChatId, long? UserId, string Question, string? ReviewStatus);

// Which logged answers quoted which passages and sources, read from the citations each answer
// was given with: when a quote turns out wrong, every answer that used it can be found.
public sealed class SharedQuotes(Database database)
{
    private const string CitingSql = """
        SELECT DISTINCT CAST(json_extract(c.value, '$.passage_id') AS INTEGER) AS passage_id, a.id AS answer_id, a.asked_at,
               a.chat_id, a.user_id, a.question, r.status AS review_status
        FROM answers a CROSS JOIN json_each(a.result_json, '$.citations') c
             LEFT JOIN reviews r ON r.answer_id = a.id
        WHERE json_valid(a.result_json) AND CAST(json_extract(c.value, '$.passage_id') AS INTEGER) IN @passageIds
        ORDER BY a.id;
        """;

    // Every answer that cited any of these passages, once per passage it cited.
    public IReadOnlyList<CitingAnswer> Citing(IReadOnlyCollection<long> passageIds)
    {
        if (passageIds.Count == 0) return [];
        using var connection = database.Open();
        return connection.QueryRecords<CitingAnswer>(CitingSql, new { passageIds });
    }

    private const string TimesCitedSql = """
        SELECT CAST(json_extract(c.value, '$.source_id') AS INTEGER) AS source_id, count(DISTINCT a.id) AS answers
        FROM answers a CROSS JOIN json_each(a.result_json, '$.citations') c
        WHERE json_valid(a.result_json)
        GROUP BY source_id;
        """;

    // How many logged answers quoted each source.
    public IReadOnlyDictionary<long, long> TimesCited()
    {
        using var connection = database.Open();
        return connection.Query<(long SourceId, long Answers)>(TimesCitedSql).ToDictionary(r => r.SourceId, r => r.Answers);
    }
}
