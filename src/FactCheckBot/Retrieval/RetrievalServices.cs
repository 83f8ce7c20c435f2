using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Retrieval;

public static class RetrievalServices
{
    public static IServiceCollection AddRetrieval(this IServiceCollection services)
    {
        services.AddSettings<RetrievalOptions>(RetrievalOptions.SectionName);
        services.AddSingleton<PassageSearch>();
        services.AddSingleton<AliasIndex>();
        services.AddSingleton<Vocabulary>();
        services.AddSingleton<Retriever>();
        services.AddSingleton<SentenceIndex>();
        return services;
    }
}
