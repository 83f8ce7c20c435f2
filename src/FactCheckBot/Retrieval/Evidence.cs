namespace FactCheckBot.Retrieval;

public sealed record ConceptStats(Concept Concept, long DocumentFrequency, double Weight)
{
    public bool Exists => DocumentFrequency > 0;

    // A name in a large share of the corpus (its setting): weighed, not required in every quote.
    public bool Common { get; init; }
}

// A verbatim span of a passage (Start/End are offsets into the source text) chosen as evidence.
public sealed record Quote(
    Candidate Passage, int Start, int End, string Text, double Coverage, double Score, string? Speaker,
    IReadOnlyList<string> Hedges, IReadOnlyList<string> Matched)
{
    // Cosine similarity of the quote's best sentence to the question; null without vectors.
    public double? Similarity { get; init; }
}

public sealed record ScoredPassage(long PassageId, long SourceId, double Rank, double Coverage, double Score)
{
    public double? Similarity { get; init; }

    // The passage's best span for the question (offsets into the passage text) and whether it cleared the bar.
    public int Start { get; init; }
    public int End { get; init; }
    public bool Qualified { get; init; }
}

public sealed record Evidence(
    Question Question,
    IReadOnlyList<ConceptStats> Concepts,
    IReadOnlyList<string> Missing,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<ScoredPassage> Considered,
    bool NothingToSearch = false)
{
    public bool Covered => Quotes.Count > 0;

    // How much of the question's meaning rests on words no source uses (1 − cosine of the question with and
    // without them); null when there are none or vectors are off.
    public double? AbsentImportance { get; init; }

    // "How many were evacuated from Graivoron?": no source gives a figure, and the quotes say that it happened.
    public bool NoFigure { get; init; }

    // "What did RFE/RL say about …?" when RFE/RL has nothing on it: the outlets that do (the question is not covered).
    public IReadOnlyList<string> ReportedByOthers { get; init; } = [];

    // Every candidate passage, best span score first: what a model gets to read.
    public IReadOnlyList<Candidate> Passages { get; init; } = [];
}
