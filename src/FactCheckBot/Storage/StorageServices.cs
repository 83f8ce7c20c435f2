using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Storage;

public static class StorageServices
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSettings<StorageOptions>(StorageOptions.SectionName);
        services.AddSingleton<Database>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
