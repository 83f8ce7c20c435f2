using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Answering;

public static class AnsweringServices
{
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddSettings<AnsweringOptions>(AnsweringOptions.SectionName);
        services.AddSingleton<AnswerLog>();
        services.AddSingleton<GroundedComposer>();
        services.AddSingleton<AnswerService>();
        return services;
    }
}
