using System.CommandLine;
using FactCheckBot.Telegram;
using FactCheckBot.WebConsole;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Cli;

public static class RunCommand
{
    public static Command Create(CliHost cli)
    {
        var command = new Command("run",
            "Run the Telegram bot: long-poll the Bot API (Telegram:ApiBaseUrl) with Telegram:BotToken until stopped (Ctrl+C). " +
            "Exits 2 with a message if Telegram refuses the token.");
        command.SetAction((parse, token) => cli.RunHost(parse, token, async (host, ct) =>
        {
            var settings = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            if (string.IsNullOrWhiteSpace(settings.BotToken))
                throw new InputException("Telegram:BotToken is not set. Get a token from @BotFather and set the environment variable " +
                    "Telegram__BotToken (or put it in a settings file given with --config). To try the answers without Telegram, use `factcheck chat`.");
            if (!BotClient.LooksLikeToken(settings.BotToken))
                throw new InputException("Telegram:BotToken does not look like a bot token (a number, a colon, then letters and digits, " +
                    "such as 123456789:AAE…); copy it from @BotFather exactly.");
            var shutdown = host.Services.GetRequiredService<BotShutdown>();
            await host.ServeAsync(ct);
            return shutdown.Reason is { } reason ? CliHost.Fail(reason, 2) : 0;
        }, service: true));
        return command;
    }
}
