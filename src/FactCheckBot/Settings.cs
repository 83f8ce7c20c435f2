using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheckBot;

public static class Settings
{
    // One options class per section: bound from configuration, checked against its attributes
    // at start, so a wrong value stops the program with a message naming the key.
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
