using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Moderation;

public static class ModerationServices
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddSettings<ModerationOptions>(ModerationOptions.SectionName);
        services.AddSingleton<Corrections>();
        services.AddSingleton<ModerationActions>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<SharedQuotes>();
        services.AddSingleton<UsageStats>();
        return services;
    }
}
