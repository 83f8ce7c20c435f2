using System.CommandLine;
using System.Globalization;
using FactCheckBot.WebConsole;
using FactCheckBot.WebConsole.SignIn;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class ConsoleCommand
{
    public static Command Create(CliHost cli)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where the console listens, and so where links point (overrides Console:Urls; default {ConsoleOptions.DefaultUrl}).",
            Recursive = true,
        };
        var command = new Command("console",
            "Serve the moderators' web console (without the bot) until stopped (Ctrl+C). Sign in with a link from `factcheck console link`.")
        {
            urls, Link(cli, urls),
        };
        command.SetAction((parse, token) => cli.RunHost(parse, token, async (host, ct) =>
        {
            await host.ServeAsync(ct);
            return 0;
        }, service: true,
            adjust: settings => settings with { ConsoleOnly = true, ConsoleUrls = parse.GetValue(urls) }));
        return command;
    }

    private static Command Link(CliHost cli, Option<string?> urls)
    {
        var user = new Option<long>("--user") { Description = "The moderator's or admin's numeric Telegram user id.", Required = true };
        var command = new Command("link", "Print a one-time sign-in link to the console for a moderator or admin (it works once, for 10 minutes).")
        {
            user,
        };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var link = services.GetRequiredService<ConsoleLinks>().Create(parse.GetValue(user));
            Console.WriteLine(link.Url);
            Console.Error.WriteLine($"The link works once, until {link.ExpiresAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC, " +
                $"and only for user {parse.GetValue(user)}.");
            return Task.FromResult(0);
        }, adjust: settings => settings with { ConsoleUrls = parse.GetValue(urls) }));
        return command;
    }
}
