using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Retrieval;

public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    [Range(5, 500, ErrorMessage = "Retrieval:CandidatePassages must be between 5 and 500.")]
    public int CandidatePassages { get; set; } = 50;

    // Share of the question's weighted terms a quote must contain.
    [Range(0.1, 1.0, ErrorMessage = "Retrieval:MinCoverage must be between 0.1 and 1.0.")]
    public double MinCoverage { get; set; } = 0.6;

    [Range(1, 20, ErrorMessage = "Retrieval:MaxOutlets must be between 1 and 20.")]
    public int MaxOutlets { get; set; } = 5;

    [Range(1, 30, ErrorMessage = "Retrieval:MaxQuotes must be between 1 and 30.")]
    public int MaxQuotes { get; set; } = 6;

    [Range(1, 5, ErrorMessage = "Retrieval:MaxQuotesPerSource must be between 1 and 5.")]
    public int MaxQuotesPerSource { get; set; } = 2;
}
