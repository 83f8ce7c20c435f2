using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FactCheckBot.Telegram;

public static class TelegramServices
{
    public static IServiceCollection AddTelegramBot(this IServiceCollection services)
    {
        services.AddSettings<TelegramOptions>(TelegramOptions.SectionName)
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"
                           && uri.Query.Length == 0,
                "Telegram:ApiBaseUrl must be an absolute http(s) URL with no path, such as https://api.telegram.org or http://127.0.0.1:8081.")
            .Validate(o => o.AdminIds.All(id => id > 0) && o.ModeratorIds.All(id => id > 0),
                "Telegram:AdminIds and Telegram:ModeratorIds must be positive numeric user ids.")
            .Validate(o => o.ModeratorChatId is null or < 0,
                "Telegram:ModeratorChatId must be the numeric id of a group (negative, such as -1001234567890), or empty.");
        // The token is part of every request URL: no HttpClient request logging for this client.
        // Timeouts come from the Deadlines handler, per request; the client's own is only a backstop.
        services.AddTransient<BotClient.Deadlines>();
        services.AddHttpClient(BotClient.HttpClientName)
            .ConfigureHttpClient((sp, http) =>
            {
                var settings = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                http.Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds + settings.PollTimeoutSeconds + 10);
            })
            .RemoveAllLoggers()
            .AddHttpMessageHandler<BotClient.Deadlines>()
            .AddTypedClient<ITelegramBotClient>((http, sp) => BotClient.Create(sp.GetRequiredService<IOptions<TelegramOptions>>().Value, http));
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<BotShutdown>();
        services.AddSingleton<UpdateStore>();
        services.AddSingleton<Roles>();
        services.AddSingleton<SendLimiter>();
        services.AddSingleton<QuestionLimiter>();
        services.AddSingleton<CommandMenus>();
        services.AddSingleton<EveryoneCommands>();
        services.AddSingleton<AwaitedInput>();
        services.AddSingleton<MorePages>();
        services.AddSingleton<ModeratorNotices>();
        services.AddSingleton<Privacy>();
        services.AddHostedService(sp => sp.GetRequiredService<Privacy>());
        services.AddSingleton<QuestionReplies>();
        services.AddSingleton<ModeratorCommands>();
        services.AddSingleton<AdminCommands>();
        services.AddSingleton<CommandServices>();
        services.AddSingleton<ButtonPresses>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<Inbox>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<ChatQueues>();
        services.AddHostedService<PollingService>();
        services.AddHostedService<OutboxWatcher>();
        return services;
    }
}
