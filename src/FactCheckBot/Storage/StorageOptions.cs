using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    // Relative paths resolve against the current directory.
    [Required(ErrorMessage = "Storage:DatabasePath is not set; give a file path such as data/factcheck.db.")]
    public string DatabasePath { get; set; } = "data/factcheck.db";

    [Range(0, 600_000, ErrorMessage = "Storage:BusyTimeoutMs must be between 0 and 600000.")]
    public int BusyTimeoutMs { get; set; } = 5000;
}
