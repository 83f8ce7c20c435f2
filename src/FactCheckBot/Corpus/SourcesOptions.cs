using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Corpus;

public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    [Range(1_000, 100_000_000, ErrorMessage = "Sources:MaxBytes must be between 1000 and 100000000.")]
    public int MaxBytes { get; set; } = 5_000_000;

    [Range(1, 300, ErrorMessage = "Sources:FetchTimeoutSeconds must be between 1 and 300.")]
    public int FetchTimeoutSeconds { get; set; } = 20;

    // Off by default so a URL handed to the bot cannot reach the host's own network.
    public bool AllowPrivateHosts { get; set; }

    public bool SeedDefaultCorpus { get; set; } = true;
}
