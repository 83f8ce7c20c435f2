using Microsoft.Extensions.AI;
using OpenAI.Embeddings;

namespace FactCheckBot.Llm;

// IEmbeddingGenerator over the OpenAI SDK's EmbeddingClient (any OpenAI-compatible /embeddings).
public sealed class OpenAiEmbeddingGenerator(LlmOptions options) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingClient client = new(options.EmbeddingModel, OpenAiChatClient.Credential(options), OpenAiChatClient.ClientOptions(options));

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        Microsoft.Extensions.AI.EmbeddingGenerationOptions? generationOptions = null, CancellationToken cancellationToken = default)
    {
        OpenAIEmbeddingCollection result = await client.GenerateEmbeddingsAsync(values, cancellationToken: cancellationToken);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(result.Select(e => new Embedding<float>(e.ToFloats()) { ModelId = options.EmbeddingModel }));
        if (result.Usage is { } usage)
            embeddings.Usage = new UsageDetails { InputTokenCount = usage.InputTokenCount, TotalTokenCount = usage.TotalTokenCount };
        return embeddings;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
