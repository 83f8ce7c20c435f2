using FactCheckBot.Corpus;
using Microsoft.Extensions.Logging;

namespace FactCheckBot.Telegram;

// One update in, the replies to send out. Routes commands by name to small handlers and
// checks roles before moderator and admin commands.
public sealed class UpdateHandler(
    QuestionReplies questions, ModeratorCommands moderators, AdminCommands admins, CallbackHandler callbacks,
    Roles roles, SourceStore sources, UpdateStore store, BotIdentity identity, ILogger<UpdateHandler> logger)
{
    private static readonly HashSet<string> ModeratorOnly = ["review", "show", "approve", "flag", "correct", "log", "stats"];
    private static readonly HashSet<string> AdminOnly = ["addsource", "removesource", "alias", "grant", "revoke"];

    public async Task<IReadOnlyList<Reply>> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } callback) return await callbacks.HandleAsync(callback, cancellationToken);
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
        var text = message.Text ?? message.Caption;
        if (ChatCommand.Parse(text) is { } command)
        {
            if (!command.IsFor(identity)) return [];
            try
            {
                return await DispatchAsync(command, update, message, from, cancellationToken);
            }
            catch (InputException ex)
            {
                return [Replies.Text(chat.Id, ex.Message, message.MessageId)];
            }
        }

        var addressed = !chat.IsGroup || message.ReplyToMessage?.From?.Id == identity.Id || (text is not null && identity.IsMentionedIn(text));
        if (!addressed) return [];
        if (message.Text is null)
            return [Replies.Text(chat.Id, "I can only read text. Ask me a question about the news in my sources, for example: Who carried out the raid?", message.MessageId)];
        return await questions.AnswerAsync(update.UpdateId, message, identity.WithoutMention(message.Text), cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> DispatchAsync(ChatCommand command, Update update, Message message, User from, CancellationToken cancellationToken)
    {
        var chat = message.Chat.Id;
        var role = roles.Of(from.Id);
        var needed = AdminOnly.Contains(command.Name) ? Role.Admin : ModeratorOnly.Contains(command.Name) ? Role.Moderator : Role.User;
        if (role < needed)
        {
            logger.LogWarning("Refused /{Command} from user {UserId} in chat {ChatId}", command.Name, from.Id, chat);
            roles.Audit(from.Id, chat, "/" + command.Name, allowed: false);
            return [Replies.Text(chat, $"Sorry, /{command.Name} is only for {(needed == Role.Admin ? "admins" : "moderators")}.", message.MessageId)];
        }
        if (needed != Role.User) roles.Audit(from.Id, chat, "/" + command.Name, allowed: true, Trim(command.Args));

        return command.Name switch
        {
            "start" or "help" => [Replies.Html(chat, Help(role))],
            "about" => [Replies.Html(chat, About())],
            "sources" => Replies.Messages(chat, TelegramHtml.Pack(Sources(role), separator: "\n"), null, null),
            "ask" when command.Args.Length == 0 && message.ReplyToMessage?.Text is null =>
                [Replies.Text(chat, "Ask like this: /ask Who carried out the raid?", message.MessageId)],
            "ask" => await questions.AnswerAsync(update.UpdateId, message,
                command.Args.Length > 0 ? command.Args : message.ReplyToMessage!.Text!, cancellationToken),
            "review" => moderators.Review(chat, after: 0),
            "show" => moderators.Show(chat, command),
            "approve" => moderators.Approve(chat, from.Id, command),
            "flag" => moderators.Flag(chat, from.Id, command),
            "correct" => moderators.Correct(chat, from.Id, command),
            "log" => moderators.Log(chat, command),
            "stats" => moderators.Stats(chat),
            "addsource" => await admins.AddSourceAsync(message, from.Id, command, cancellationToken),
            "removesource" => admins.RemoveSource(chat, command),
            "alias" => admins.Alias(chat, from.Id, command),
            "grant" => admins.Grant(chat, from.Id, command),
            "revoke" => admins.Revoke(chat, command),
            _ when message.Chat.IsGroup && command.Target is null => [],
            _ => [Replies.Text(chat, $"I don't know /{command.Name}. Send /help for what I can do.", message.MessageId)],
        };
    }

    private static string Help(Role role)
    {
        var text = """
            I answer questions about one news story from the articles in my sources, and I say <b>which outlet said what</b>: verbatim quotes, who is speaking in the article, and whether the outlet hedges. When outlets disagree I say so; when my sources don't cover something I say that too.

            In a private chat just send a question. In a group use /ask, mention me, or reply to one of my messages.

            /ask QUESTION — ask in a group
            /sources — the outlets I answer from
            /about — how I work
            Under each answer: 👍 👎 and “Ask a moderator”.
            """;
        if (role >= Role.Moderator)
            text += """


                <b>Moderators</b>
                /review — next answer to review (users' flags first)
                /show ID — question, evidence, answer, feedback
                /approve ID · /flag ID REASON · /correct ID TEXT
                /log [N] — latest answers · /stats — by day
                """;
        if (role >= Role.Admin)
            text += """


                <b>Admins</b>
                /addsource URL [| Outlet]
                reply to a text with /addsource Outlet | Title | YYYY-MM-DD
                send a .txt, .md or .html file with that caption
                /removesource ID · /alias NAME = VARIANT
                /grant USER_ID moderator · /revoke USER_ID
                """;
        return text;
    }

    private string About()
    {
        var list = sources.List();
        return "I am FactCheckBot. I search a fixed set of news articles (" + list.Count + " sources from " +
               list.Select(s => s.Outlet).Distinct().Count() + " outlets) and quote them word for word, naming the outlet, the original " +
               "outlet of republished pieces, the speaker inside the article, and any hedging such as “claimed” or “could not be " +
               "independently verified”. I do not judge who is right and I do not answer beyond my sources. Every answer is logged " +
               "for review by moderators.";
    }

    // One block per source, packed into as many messages as the list needs.
    private IEnumerable<string> Sources(Role role)
    {
        var list = sources.List();
        if (list.Count == 0) return ["I have no sources yet."];
        var lines = list.Select(s =>
            (role >= Role.Admin ? $"#{s.Id} " : "") + "<b>" + TelegramHtml.Escape(s.Outlet) + "</b>" +
            (s.OriginalOutlet is null ? "" : " (republishing " + TelegramHtml.Escape(s.OriginalOutlet) + ")") +
            (s.Published is null ? "" : ", " + s.Published) +
            (s.Title is null ? "" : " — " + TelegramHtml.Escape(Trim(s.Title))));
        return lines.Prepend("My sources:");
    }

    private static string Trim(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
