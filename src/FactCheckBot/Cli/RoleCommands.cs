using System.CommandLine;
using FactCheckBot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Cli;

public static class RoleCommands
{
    public static Command Create(CliHost cli) => new("roles", "Who may moderate in Telegram: admins from Telegram:AdminIds, moderators from config or granted here.")
    {
        List(cli), Grant(cli), Revoke(cli),
    };

    private static readonly Argument<long> UserId = new("user-id") { Description = "Numeric Telegram user id (not a @username)." };

    private static Command List(CliHost cli)
    {
        var command = new Command("list", "List admins and moderators.");
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var settings = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var rows = settings.AdminIds.Select(id => new[] { id.ToString(), "admin", "Telegram:AdminIds", "" })
                .Concat(settings.ModeratorIds.Select(id => new[] { id.ToString(), "moderator", "Telegram:ModeratorIds", "" }))
                .Concat(services.GetRequiredService<Roles>().List().Select(r => new[] { r.UserId.ToString(), r.Role, $"granted by {r.GrantedBy?.ToString() ?? "command line"}", r.GrantedAt }));
            Table.Print(["user id", "role", "from", "since"], rows);
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Grant(CliHost cli)
    {
        var role = new Argument<string>("role") { Description = "moderator" };
        role.AcceptOnlyFromAmong("moderator");
        var command = new Command("grant", "Make a Telegram user a moderator.") { UserId, role };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            services.GetRequiredService<Roles>().Grant(parse.GetValue(UserId), parse.GetValue(role)!, null);
            Console.WriteLine($"User {parse.GetValue(UserId)} is now a moderator.");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Revoke(CliHost cli)
    {
        var command = new Command("revoke", "Take a granted moderator role away.") { UserId };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var id = parse.GetValue(UserId);
            if (!services.GetRequiredService<Roles>().Revoke(id)) throw new InputException($"User {id} had no granted role.");
            Console.WriteLine($"User {id} is no longer a moderator.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
