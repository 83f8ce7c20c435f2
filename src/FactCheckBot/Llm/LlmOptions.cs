using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Llm;

// Off unless Model is set: then answers are written by an OpenAI-compatible model and every
// citation it makes is checked in code. EmbeddingModel adds vector search to BM25.
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    // e.g. http://localhost:8000/v1 (vLLM, llama.cpp, Ollama's /v1); empty means OpenAI's own endpoint.
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    // Set it as the environment variable Llm__ApiKey. Self-hosted servers usually need none.
    public string? ApiKey { get; set; }

    public string? EmbeddingModel { get; set; }

    // One attempt at a model call; a call that takes longer is not tried again, the answer is extractive.
    [Range(1, 600, ErrorMessage = "Llm:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 30;

    // Tries after a quick failure (connection refused, 408, 429, 5xx), with backoff and jitter, honouring Retry-After.
    [Range(0, 10, ErrorMessage = "Llm:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 2;

    // Once calls keep failing the model is not called for this long: answers are extractive at once.
    [Range(1, 3600, ErrorMessage = "Llm:BreakSeconds must be between 1 and 3600.")]
    public int BreakSeconds { get; set; } = 30;

    [Range(16, 32_000, ErrorMessage = "Llm:MaxOutputTokens must be between 16 and 32000.")]
    public int MaxOutputTokens { get; set; } = 600;

    // Passages handed to the model, best first.
    [Range(1, 40, ErrorMessage = "Llm:MaxPassages must be between 1 and 40.")]
    public int MaxPassages { get; set; } = 8;

    // Folder with answer.yaml and claim.yaml; relative to the program's folder.
    public string PromptsDirectory { get; set; } = "prompts";

    public bool ChatEnabled => !string.IsNullOrWhiteSpace(Model);

    public bool EmbeddingsEnabled => !string.IsNullOrWhiteSpace(EmbeddingModel);

    public string PromptsPath => Path.IsPathRooted(PromptsDirectory) ? PromptsDirectory : Path.Combine(AppContext.BaseDirectory, PromptsDirectory);
}
