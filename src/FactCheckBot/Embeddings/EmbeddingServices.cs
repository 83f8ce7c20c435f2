using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheckBot.Embeddings;

public static class EmbeddingServices
{
    // Registered after the model layer: an OpenAI-compatible embedder configured there (Llm:EmbeddingModel)
    // takes the place of the local model.
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddSettings<EmbeddingOptions>(EmbeddingOptions.SectionName);
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>, MiniLmEmbeddingGenerator>();
        services.AddSingleton<ShippedVectors>();
        services.AddSingleton<SentenceVectors>();
        return services;
    }
}
