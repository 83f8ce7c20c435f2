using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Corpus;

public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    [Range(1_000, 100_000_000, ErrorMessage = "Sources:MaxBytes must be between 1000 and 100000000.")]
    public int MaxBytes { get; set; } = 5_000_000;

    // The whole fetch, body included.
    [Range(1, 300, ErrorMessage = "Sources:FetchTimeoutSeconds must be between 1 and 300.")]
    public int FetchTimeoutSeconds { get; set; } = 20;

    // Tries after a quick failure (connection refused or reset, 408, 429, 5xx) within the deadline.
    [Range(0, 10, ErrorMessage = "Sources:FetchRetries must be between 0 and 10.")]
    public int FetchRetries { get; set; } = 2;

    // A host that keeps failing is not asked again for this long.
    [Range(1, 3600, ErrorMessage = "Sources:FetchBreakSeconds must be between 1 and 3600.")]
    public int FetchBreakSeconds { get; set; } = 30;

    // Off by default so a URL handed to the bot cannot reach the host's own network.
    public bool AllowPrivateHosts { get; set; }

    public bool SeedDefaultCorpus { get; set; } = true;
}
