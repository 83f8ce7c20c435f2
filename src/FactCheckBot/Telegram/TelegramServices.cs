using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace FactCheckBot.Telegram;

public static class TelegramServices
{
    public static IServiceCollection AddTelegramBot(this IServiceCollection services)
    {
        services.AddSettings<TelegramOptions>(TelegramOptions.SectionName)
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "Telegram:ApiBaseUrl must be an absolute http(s) URL such as https://api.telegram.org.")
            .Validate(o => o.AdminIds.All(id => id > 0) && o.ModeratorIds.All(id => id > 0),
                "Telegram:AdminIds and Telegram:ModeratorIds must be positive numeric user ids.");
        // The token is part of every request URL: no HttpClient request logging for this client.
        services.AddHttpClient(BotApiClient.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<IBotApi, BotApiClient>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<UpdateStore>();
        services.AddSingleton<Roles>();
        services.AddSingleton<SendLimiter>();
        services.AddSingleton<QuestionLimiter>();
        services.AddSingleton<QuestionReplies>();
        services.AddSingleton<ModeratorCommands>();
        services.AddSingleton<AdminCommands>();
        services.AddSingleton<CallbackHandler>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<ChatWorkers>();
        services.AddHostedService<BotService>();
        return services;
    }
}
