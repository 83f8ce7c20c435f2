using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// One update in, the replies to send out: a button press, a group's move to a supergroup, a
// command from the command table (after its role check), or a question.
public sealed class UpdateRouter(
    CommandServices commands, QuestionReplies questions, ButtonPresses buttons, Roles roles, UpdateStore store, BotIdentity identity,
    ILogger<UpdateRouter> logger)
{
    public async Task<IReadOnlyList<Reply>> RouteAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } callback) return await buttons.HandleAsync(callback, cancellationToken);
        if (update.Message is not { From: { IsBot: false } from } message) return [];
        if (message.MigrateToChatId is { } newChat)
        {
            store.Migrate(message.Chat.Id, newChat);
            return [];
        }
        if (message.MigrateFromChatId is { } oldChat)
        {
            store.Migrate(oldChat, message.Chat.Id);
            return [];
        }

        var chat = message.Chat;
        if (ChatCommand.Parse(message.Text ?? message.Caption) is { } command)
            return command.IsFor(identity) ? await RunAsync(command, update.Id, message, from, cancellationToken) : [];

        var addressed = !IsGroup(chat) || message.ReplyToMessage?.From?.Id == identity.Id || identity.IsMentionedIn(message);
        if (!addressed) return [];
        if (message.Text is null)
            return [Reply.Text(chat.Id, "I can only read text. Ask me a question about the news in my sources, for example: Who carried out the raid?", message.MessageId)];
        return await questions.AnswerAsync(update.Id, message, identity.WithoutMentions(message), cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> RunAsync(ChatCommand command, long updateId, Message message, User from, CancellationToken cancellationToken)
    {
        var chat = message.Chat;
        if (ChatCommands.Find(command.Name) is not { } spec)
            return IsGroup(chat) && command.Target is null
                ? [] // most likely meant for another bot in the group
                : [Reply.Text(chat.Id, $"I don't know /{command.Name}. Send /help for what I can do.", message.MessageId)];

        var role = roles.Of(from.Id);
        if (role < spec.Role)
        {
            logger.LogWarning("Refused /{Command} from user {UserId} in chat {ChatId}", spec.Name, from.Id, chat.Id);
            roles.Audit(from.Id, chat.Id, "/" + spec.Name, allowed: false);
            return [Reply.Text(chat.Id, $"Sorry, /{spec.Name} is only for {(spec.Role == Role.Admin ? "admins" : "moderators")}.", message.MessageId)];
        }
        if (spec.Role > Role.User) roles.Audit(from.Id, chat.Id, "/" + spec.Name, allowed: true, TelegramHtml.Cut(command.Args, 200));

        try
        {
            return await spec.Handler(commands, new CommandRequest(updateId, message, from, role, command), cancellationToken);
        }
        catch (CommandUsageException ex)
        {
            return [Reply.Text(chat.Id, spec.UsageReply(ex.Lead), message.MessageId)];
        }
        catch (InputException ex)
        {
            return [Reply.Text(chat.Id, ex.Message, message.MessageId)];
        }
    }

    private static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;
}
