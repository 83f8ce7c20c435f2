namespace FactCheckBot.Retrieval;

public sealed record ConceptStats(Concept Concept, long DocumentFrequency, double Weight)
{
    public bool Exists => DocumentFrequency > 0;
}

// A verbatim span of a passage (Start/End are offsets into the source text) chosen as evidence.
public sealed record Quote(
    Candidate Passage, int Start, int End, string Text, double Coverage, double Score, string? Speaker,
    IReadOnlyList<string> Hedges, IReadOnlyList<string> Matched);

public sealed record ScoredPassage(long PassageId, long SourceId, double Rank, double Coverage, double Score);

public sealed record Evidence(
    Question Question,
    IReadOnlyList<ConceptStats> Concepts,
    IReadOnlyList<string> Missing,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<ScoredPassage> Considered,
    bool NothingToSearch = false)
{
    public bool Covered => Quotes.Count > 0;

    // Every candidate passage, best span score first: what a model gets to read.
    public IReadOnlyList<Candidate> Passages { get; init; } = [];
}
