using System.Globalization;
using System.Text.Json;
using FactCheckBot.Answering;

namespace FactCheckBot.Moderation;

public static class LogExport
{
    public static void Jsonl(IEnumerable<LogDetail> rows, TextWriter writer)
    {
        foreach (var row in rows)
        {
            using var result = JsonDocument.Parse(row.ResultJson);
            using var evidence = JsonDocument.Parse(row.EvidenceJson);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = row.Id, asked_at = row.AskedAt, chat_id = row.ChatId, user_id = row.UserId, status = row.Status,
                composer = row.Composer, latency_ms = row.LatencyMs, question = row.Question, answer = row.Answer,
                citations = result.RootElement.TryGetProperty("citations", out var c) ? c : default,
                conflicts = result.RootElement.TryGetProperty("conflicts", out var k) ? k : default,
                evidence = evidence.RootElement,
                review = row.ReviewStatus, review_note = row.ReviewNote, correction = row.Correction,
                feedback = new { up = row.Up, down = row.Down, moderator = row.Moderator },
            }, AnswerJson.Options));
        }
    }

    private static readonly string[] CsvHeader =
    [
        "id", "asked_at", "chat_id", "user_id", "status", "composer", "latency_ms", "question", "answer", "outlets",
        "review", "review_note", "correction", "up", "down", "moderator",
    ];

    public static void Csv(IEnumerable<LogDetail> rows, TextWriter writer)
    {
        writer.WriteLine(string.Join(',', CsvHeader));
        foreach (var row in rows)
        {
            string?[] cells =
            [
                N(row.Id), row.AskedAt, row.ChatId?.ToString(CultureInfo.InvariantCulture), row.UserId?.ToString(CultureInfo.InvariantCulture),
                row.Status, row.Composer, row.LatencyMs.ToString("0.###", CultureInfo.InvariantCulture), row.Question, row.Answer,
                LogText.Outlets(row), row.ReviewStatus, row.ReviewNote, row.Correction, N(row.Up), N(row.Down), N(row.Moderator),
            ];
            writer.WriteLine(string.Join(',', cells.Select(Escape)));
        }
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    // RFC 4180; text starting with =, +, -, @, tab or CR is prefixed so a spreadsheet does not run it
    // as a formula. Numbers (negative group chat ids) are left as they are.
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
