using System.Globalization;
using FactCheckBot.Telegram;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.WebConsole.SignIn;

// /console in a private chat: a one-time sign-in link for the moderator or admin who sent it.
public sealed class ConsoleLinkCommand(ConsoleLinks links)
{
    public IReadOnlyList<Reply> Handle(CommandRequest request)
    {
        if (request.Message.Chat.Type != ChatType.Private)
            return [Reply.Text(request.ChatId, "Send /console to me in our private chat: a sign-in link must not be posted where others can see it.",
                request.MessageId)];
        var link = links.Create(request.From.Id);
        var until = link.ExpiresAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        return [Reply.Text(request.ChatId,
            $"Your sign-in link for the web console. It works once, until {until} UTC, and only for you, so do not forward it:\n{link.Url}",
            request.MessageId)];
    }
}
