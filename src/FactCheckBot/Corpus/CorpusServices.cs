using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Corpus;

public static class CorpusServices
{
    public static IServiceCollection AddCorpus(this IServiceCollection services)
    {
        services.AddSettings<SourcesOptions>(SourcesOptions.SectionName);
        services.AddHttpClient(UrlFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider =>
                UrlFetcher.CreateHandler(provider.GetRequiredService<IOptions<SourcesOptions>>().Value.AllowPrivateHosts))
            .ConfigureHttpClient(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // UrlFetcher applies Sources:FetchTimeoutSeconds itself
                client.DefaultRequestHeaders.UserAgent.ParseAdd("FactCheckBot/1.0 (+https://github.com/factcheckbot)");
            });
        services.AddSingleton<UrlFetcher>();
        services.AddSingleton<SourceStore>();
        services.AddSingleton<AliasStore>();
        services.AddSingleton<Ingestor>();
        services.AddSingleton<DefaultCorpus>();
        return services;
    }
}
