using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Storage;

public static class StorageServices
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<Database>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
