using System.Text.Json;

namespace FactCheckBot.WebConsole.Answers;

public sealed record ScoredPassage(
    long PassageId, long SourceId, double Bm25, double Coverage, double? Similarity, double Score, bool Qualified, bool Quoted);

// A table of scored passages, with the outlet of each source still in the corpus.
public sealed record ScoresView(IReadOnlyList<ScoredPassage> Passages, IReadOnlyDictionary<long, string> Outlets);

public sealed record SearchedConcept(string Label, long Passages, double Weight);

// What retrieval weighed for an answer, read back from the answer log's evidence_json.
public sealed record EvidenceView(IReadOnlyList<SearchedConcept> Concepts, IReadOnlyList<ScoredPassage> Passages)
{
    public static EvidenceView Parse(string evidenceJson)
    {
        using var document = JsonDocument.Parse(evidenceJson);
        var root = document.RootElement;
        var concepts = root.TryGetProperty("concepts", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(e => new SearchedConcept(
                e.GetProperty("label").GetString() ?? "", e.GetProperty("df").GetInt64(), Number(e, "weight") ?? 0)).ToList()
            : [];
        var passages = root.TryGetProperty("passages", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(e => new ScoredPassage(
                    e.GetProperty("passage_id").GetInt64(), e.GetProperty("source_id").GetInt64(), Number(e, "bm25") ?? 0, Number(e, "coverage") ?? 0,
                    Number(e, "similarity"), Number(e, "score") ?? 0, Flag(e, "qualified"), Flag(e, "quoted")))
                .OrderByDescending(s => s.Quoted).ThenByDescending(s => s.Score).ToList()
            : [];
        return new EvidenceView(concepts, passages);
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
