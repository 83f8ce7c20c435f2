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
            })
            // One pipeline (and breaker) per host, so one failing site does not close the others.
            .AddResilience(provider =>
            {
                var o = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;
                var deadline = TimeSpan.FromSeconds(o.FetchTimeoutSeconds);
                return new Resilience.Settings(deadline, deadline, o.FetchRetries, TimeSpan.FromSeconds(o.FetchBreakSeconds), RetryAfterTimeout: false);
            }, perHost: true);
        services.AddSingleton<UrlFetcher>();
        services.AddSingleton<SourceStore>();
        services.AddSingleton<AliasStore>();
        services.AddSingleton<Ingestor>();
        services.AddSingleton<DefaultCorpus>();
        return services;
    }
}
