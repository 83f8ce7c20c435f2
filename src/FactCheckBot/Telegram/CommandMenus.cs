using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheckBot.Telegram;

// Telegram's command menus, read from the command table: everyone's menu in every chat, and in
// each moderator's and admin's private chat the menu of their role. A Bot API server without
// setMyCommands (the emulator) is noted once and the bot carries on without menus.
public sealed class CommandMenus(ITelegramBotClient bot, Roles roles, ILogger<CommandMenus> logger)
{
    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        if (!await SetAsync(BotCommandScope.Default(), Role.User, cancellationToken)) return;
        foreach (var (userId, role) in roles.Holders())
            if (!await SetAsync(BotCommandScope.Chat(userId), role, cancellationToken)) return;
    }

    // After a grant or a revoke: the user's private chat shows the menu of the role they now have.
    public Task ShowForAsync(long userId, Role role, CancellationToken cancellationToken) =>
        SetAsync(BotCommandScope.Chat(userId), role, cancellationToken);

    private async Task<bool> SetAsync(BotCommandScope scope, Role role, CancellationToken cancellationToken)
    {
        try
        {
            if (role == Role.User && scope is BotCommandScopeChat)
                await bot.DeleteMyCommands(scope, cancellationToken: cancellationToken);
            else
                await bot.SetMyCommands(ChatCommands.Menu(role), scope, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestException ex)
        {
            logger.LogInformation("Command menus not set ({Error}); carrying on without them", ex.Message);
            return false;
        }
    }
}
