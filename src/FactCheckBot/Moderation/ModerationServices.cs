using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Moderation;

public static class ModerationServices
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddSingleton<LogBook>();
        services.AddSingleton<Reviews>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<SharedQuotes>();
        services.AddSingleton<UsageStats>();
        return services;
    }
}
