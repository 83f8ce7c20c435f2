using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheckBot.Answering;

public static class AnswerStatus
{
    public const string Answered = "answered";
    public const string NotCovered = "not_covered";
    public const string Rejected = "rejected";
}

// The answer as `ask --json` prints it. Fields may be added, never renamed.
public sealed record Answer(
    JsonElement? Id,
    string Question,
    string Status,
    [property: JsonPropertyName("answer")] string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<string> Missing,
    long LogId,
    string Composer,
    string? Verdict = null,
    string? Justification = null,
    Correction? Correction = null)
{
    // One plain sentence that answers, built from the quotes and naming the outlets; the first line of the text.
    public string? Summary { get; init; }

    // Outlets the question named of which no quote answers it ("rferl or guardian numbers?" when neither gives one).
    public IReadOnlyList<string> OutletsWithNothing { get; init; } = [];

    // Set when moderators flagged an earlier answer to the same question and have not reviewed it since.
    public UnderReview? UnderReview { get; init; }

    // An answer with citations; its text is rendered from them by the composer.
    public static Answer Answered(string question, string composer, IReadOnlyList<Citation> citations,
        IReadOnlyList<Conflict>? conflicts = null, IReadOnlyList<string>? missing = null, string text = "") =>
        new(null, question, AnswerStatus.Answered, text, citations, conflicts ?? [], missing ?? [], 0, composer);

    // The sources do not cover the question: the text says why, `missing` lists what no source mentions.
    public static Answer NotCovered(string question, string composer, string text, IReadOnlyList<string> missing) =>
        new(null, question, AnswerStatus.NotCovered, text, [], [], missing, 0, composer);
}

public sealed record Citation(
    int N,
    long SourceId,
    string Outlet,
    string? OriginalOutlet,
    string? Title,
    string? Url,
    string? Published,
    string Quote,
    string? Speaker,
    bool Hedged,
    IReadOnlyList<string> HedgeTerms,
    long PassageId,
    int Start,
    int End)
{
    // For a claim: whether the quote denies or doubts what it is about ("denies", "doubts"), else null.
    public string? Stance { get; init; }

    // Other outlets that carry the same text (a republished copy), cited once.
    public IReadOnlyList<string> AlsoPublishedBy { get; init; } = [];
}

public sealed record Conflict(string About, IReadOnlyList<ConflictValue> Values);

public sealed record ConflictValue(string Value, IReadOnlyList<int> Citations);

// Set when a moderator's correction answered a repeat of a corrected question.
public sealed record Correction(long CorrectedLogId, long? ModeratorId, string At, string Text);

public sealed record UnderReview(long FlaggedLogId, string At);

public static class AnswerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(answer, Options);

    public static Answer Deserialize(string json) =>
        JsonSerializer.Deserialize<Answer>(json, Options) ?? throw new JsonException("empty answer JSON");
}
