using System.Text;
using System.Text.Json;
using FactCheckBot.Answering;

namespace FactCheckBot.Moderation;

// One log entry as moderators read it: question, evidence with scores, answer, feedback, timings.
public static class LogText
{
    public static string Render(LogDetail entry, bool includeAnswer = true)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"Answer #{entry.Id} — {entry.Status} by {entry.Composer}, {entry.LatencyMs:0.#} ms, asked {entry.AskedAt}");
        if (entry.ChatId is not null || entry.UserId is not null)
            builder.AppendLine($"Chat {entry.ChatId?.ToString() ?? "-"}, user {entry.UserId?.ToString() ?? "-"}");
        builder.AppendLine($"Question: {Question(entry.Question, entry.ForgottenAt)}");
        builder.AppendLine($"Feedback: 👍 {entry.Up}  👎 {entry.Down}  moderator requests {entry.Moderator}");
        builder.AppendLine(entry.ReviewStatus is null
            ? "Review: not reviewed"
            : $"Review: {entry.ReviewStatus} by {entry.ReviewerId?.ToString() ?? "command line"} at {entry.ReviewedAt}"
              + (entry.ReviewNote is null ? "" : $" — {entry.ReviewNote}"));
        if (entry.Correction is not null) builder.AppendLine($"Correction: {entry.Correction}");
        AppendEvidence(builder, entry.EvidenceJson);
        if (includeAnswer)
        {
            builder.AppendLine();
            builder.AppendLine("Answer:");
            builder.AppendLine(entry.Answer);
        }
        if (entry.LlmJson is not null) builder.AppendLine().AppendLine("Model: " + entry.LlmJson);
        return builder.ToString().TrimEnd();
    }

    private static void AppendEvidence(StringBuilder builder, string evidenceJson)
    {
        using var document = JsonDocument.Parse(evidenceJson);
        if (document.RootElement.TryGetProperty("concepts", out var concepts) && concepts.GetArrayLength() > 0)
            builder.AppendLine("Searched for: " + string.Join(", ", concepts.EnumerateArray().Select(c =>
                $"{c.GetProperty("label").GetString()} (in {c.GetProperty("df").GetInt64()} passages)")));
        if (!document.RootElement.TryGetProperty("passages", out var passages)) return;
        var top = passages.EnumerateArray().OrderByDescending(p => p.GetProperty("score").GetDouble()).Take(8).ToList();
        if (top.Count == 0) return;
        builder.AppendLine("Evidence (best of " + passages.GetArrayLength() + " retrieved):");
        foreach (var p in top)
            builder.AppendLine($"  passage {p.GetProperty("passage_id").GetInt64()} (source {p.GetProperty("source_id").GetInt64()}): " +
                $"score {p.GetProperty("score").GetDouble():0.###}, coverage {p.GetProperty("coverage").GetDouble():0.###}, " +
                $"bm25 {p.GetProperty("bm25").GetDouble():0.###}{(p.GetProperty("quoted").GetBoolean() ? ", quoted" : "")}");
    }

    // A forgotten question (the asker's /forget, or Moderation:RetentionDays) has no text left.
    public static string Question(string question, string? forgottenAt) =>
        forgottenAt is null ? question : $"(removed on {forgottenAt[..10]}: the asker asked to forget it, or it was older than the retention period)";

    public static string Outlets(LogDetail entry)
    {
        var answer = AnswerJson.Deserialize(entry.ResultJson);
        return string.Join("; ", answer.Citations.Select(c => c.Outlet).Distinct());
    }
}
