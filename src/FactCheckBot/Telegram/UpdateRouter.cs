using FactCheckBot.Moderation;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// One update in, the replies to send out: a button press, a group's move to a supergroup, a
// command from the command table (after its role check), the input the bot asked a user for (an
// article after /addsource, a correction after ✏️), or a question. Blocked users get nothing.
public sealed class UpdateRouter(
    CommandServices commands, QuestionReplies questions, ButtonPresses buttons, ModerationActions actions, AwaitedInput awaited,
    Roles roles, UpdateStore store, BotIdentity identity, ILogger<UpdateRouter> logger)
{
    public async Task<IReadOnlyList<Reply>> RouteAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } callback)
            return roles.IsBlocked(callback.From.Id) ? [] : await buttons.HandleAsync(update.Id, callback, cancellationToken);
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
        if (roles.IsBlocked(from.Id)) return [];

        var chat = message.Chat;
        if (ChatCommand.Parse(message.Text ?? message.Caption) is { } command)
        {
            if (!command.IsFor(identity)) return [];
            awaited.Done(chat.Id, from.Id); // a command ends any wait for input
            return await RunAsync(command, update.Id, message, from, cancellationToken);
        }
        if (awaited.Peek(chat.Id, from.Id) is { } input) return await InputAsync(input, message, cancellationToken);
        if (AdminCommands.HintsOf(message.ReplyToMessage) is { } hints && roles.Of(from.Id) >= Role.Admin)
            return await commands.Admins.AddAwaitedAsync(message, hints, cancellationToken);

        var addressed = !IsGroup(chat) || message.ReplyToMessage?.From?.Id == identity.Id || identity.IsMentionedIn(message);
        if (!addressed) return [];
        if (message.Text is null)
            return [Reply.Text(chat.Id, "I can only read text. Ask me a question about the news in my sources, for example: Who carried out the raid?", message.MessageId)];
        return await questions.AnswerAsync(update.Id, chat.Id, from.Id, message.MessageId, identity.WithoutMentions(message), cancellationToken);
    }

    // What the user was asked to send. Refused input leaves the wait in place, so it can be sent again.
    private async Task<IReadOnlyList<Reply>> InputAsync(AwaitedInput.Awaited input, Message message, CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<Reply> replies = input.Kind switch
            {
                InputKind.Source => await commands.Admins.AddAwaitedAsync(message, input.Read<Corpus.SourceHints>(), cancellationToken),
                _ => [Reply.Text(message.Chat.Id,
                    (await actions.CorrectAsync(input.Read<long>(), message.From!.Id, message.Text, cancellationToken)).Message, message.MessageId)],
            };
            awaited.Done(message.Chat.Id, message.From!.Id);
            return replies;
        }
        catch (InputException ex)
        {
            return [Reply.Text(message.Chat.Id, ex.Message + " Send it again, or /cancel.", message.MessageId)];
        }
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
