using System.Text;
using FactCheckBot.Corpus;

namespace FactCheckBot.Telegram;

// What anyone can ask the bot about itself: help (from the command table), about, sources.
public sealed class EveryoneCommands(SourceStore sources)
{
    private const string Intro = """
        I answer questions about one news story from the articles in my sources, and I say <b>which outlet said what</b>: verbatim quotes, who is speaking in the article, and whether the outlet hedges. When outlets disagree I say so; when my sources don't cover something I say that too.

        In a private chat just send a question. In a group use /ask, mention me, or reply to one of my messages.
        """;

    public IReadOnlyList<Reply> Help(CommandRequest request) => [Reply.Message(request.ChatId, HelpText(request.Role))];

    public static string HelpText(Role role)
    {
        var text = new StringBuilder(Intro).Append("\n\n");
        Lines(text, ChatCommands.All.Where(c => c.Role == Role.User));
        text.Append("Under each answer: 👍 👎 and “Ask a moderator”.");
        if (role >= Role.Moderator) Lines(text.Append("\n\n<b>Moderators</b>\n"), ChatCommands.All.Where(c => c.Role == Role.Moderator));
        if (role >= Role.Admin) Lines(text.Append("\n<b>Admins</b>\n"), ChatCommands.All.Where(c => c.Role == Role.Admin));
        return text.ToString().TrimEnd();
    }

    private static void Lines(StringBuilder text, IEnumerable<CommandSpec> commands)
    {
        foreach (var command in commands)
            text.Append(TelegramHtml.Escape(command.Usage)).Append(" — ").Append(TelegramHtml.Escape(command.Help)).Append('\n');
    }

    public IReadOnlyList<Reply> About(CommandRequest request)
    {
        var list = sources.List();
        return [Reply.Text(request.ChatId,
            "I am FactCheckBot. I search a fixed set of news articles (" + list.Count + " sources from " +
            list.Select(s => s.Outlet).Distinct().Count() + " outlets) and quote them word for word, naming the outlet, the original " +
            "outlet of republished pieces, the speaker inside the article, and any hedging such as “claimed” or “could not be " +
            "independently verified”. I do not judge who is right and I do not answer beyond my sources. Every answer is logged " +
            "for review by moderators.")];
    }

    // One line per source (with ids for admins), packed into as many messages as the list needs.
    public IReadOnlyList<Reply> Sources(CommandRequest request)
    {
        var list = sources.List();
        if (list.Count == 0) return [Reply.Text(request.ChatId, "I have no sources yet.")];
        var lines = list.Select(s =>
            (request.Role >= Role.Admin ? $"#{s.Id} " : "") + "<b>" + TelegramHtml.Escape(s.Outlet) + "</b>" +
            (s.OriginalOutlet is null ? "" : " (republishing " + TelegramHtml.Escape(s.OriginalOutlet) + ")") +
            (s.Published is null ? "" : ", " + s.Published) +
            (s.Title is null ? "" : " — " + TelegramHtml.Escape(TelegramHtml.Cut(s.Title, 200))));
        return Reply.Messages(request.ChatId, TelegramHtml.Pack(lines.Prepend("My sources:"), separator: "\n"));
    }
}
