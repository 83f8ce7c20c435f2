using System.Text.Json;

namespace FactCheckBot.Evaluation;

// One line of an evaluation file: a question and what a right answer has.
public sealed record EvalItem(
    string Id, string Category, string Question, string? Status = null,
    IReadOnlyList<string>? Outlets = null, IReadOnlyList<string>? OnlyOutlets = null, IReadOnlyList<EvalFact>? Facts = null,
    IReadOnlyList<EvalSpeaker>? Speakers = null, IReadOnlyList<string>? Hedged = null, string? Conflict = null,
    bool NoConflict = false, IReadOnlyList<string>? Missing = null);

public sealed record EvalFact(string Text, string? Outlet = null);

public sealed record EvalSpeaker(string Outlet, string Speaker);

public static class EvalSet
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<EvalItem> Load(string path)
    {
        if (!File.Exists(path)) throw new InputException($"No evaluation file at {path}.");
        var items = new List<EvalItem>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                items.Add(JsonSerializer.Deserialize<EvalItem>(text, Options) ?? throw new JsonException("null"));
            }
            catch (JsonException ex)
            {
                throw new InputException($"{path}:{line} is not a valid evaluation item: {ex.Message}");
            }
        }
        return items;
    }
}
