using System.Text;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheckBot.Telegram;

// What anyone can ask the bot about itself: /start and /help (what it covers, what it can and cannot
// do, example questions as buttons, the commands from the command table), /about, /sources, and
// /forget to take their own questions out of its records.
public sealed class EveryoneCommands(SourceStore sources, GroundedComposer model, Privacy privacy, IOptions<AnsweringOptions> options)
{
    public const int Examples = 3;

    public IReadOnlyList<Reply> Start(CommandRequest request) =>
        [Reply.Message(request.ChatId, Welcome() + " Try one of these:", keyboard: ExampleButtons())];

    public IReadOnlyList<Reply> Help(CommandRequest request) =>
        Reply.Messages(request.ChatId, TelegramHtml.Pack([Welcome(), HelpText(request.Role), "Or try an example question below."]),
            keyboard: ExampleButtons());

    // The commands of the asker's role, from the command table.
    public static string HelpText(Role role)
    {
        var text = new StringBuilder();
        Lines(text, ChatCommands.All.Where(c => c.Role == Role.User));
        text.Append("Under each answer: 👍 👎 and “Ask a moderator”; a 👎 reaches the moderators, and a correction comes back to the chat.");
        if (role >= Role.Moderator) Lines(text.Append("\n\n<b>Moderators</b>\n"), ChatCommands.All.Where(c => c.Role == Role.Moderator));
        if (role >= Role.Admin) Lines(text.Append("\n<b>Admins</b>\n"), ChatCommands.All.Where(c => c.Role == Role.Admin));
        return text.ToString().TrimEnd();
    }

    // The example questions a /start or /help button stands for (numbered from 1).
    public string? Example(long number) =>
        number >= 1 && number <= Math.Min(Examples, options.Value.ExampleQuestions.Length) ? options.Value.ExampleQuestions[number - 1] : null;

    private InlineKeyboardMarkup? ExampleButtons() =>
        options.Value.ExampleQuestions.Length == 0 ? null : ButtonData.Examples(options.Value.ExampleQuestions.Take(Examples).ToList());

    // The incident and its dates, the outlets by name, and the limits: English only, only these sources, verdicts only with a model.
    private string Welcome()
    {
        var list = sources.List();
        var outlets = list.GroupBy(s => s.Outlet).Select(g => Outlets.Name(g.Key, g.First().OriginalOutlet)).ToList();
        var dates = list.Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var published = dates.Count == 0 ? "" : dates[0] == dates[^1] ? $", published {dates[0]}" : $", published {dates[0]} to {dates[^1]}";
        var verdicts = model.Enabled
            ? "Claims also get a verdict from a language model, checked against the quotes."
            : "I give no verdicts (true or false): I show what each outlet says for and against.";
        return $"""
            👋 I answer questions about <b>{TelegramHtml.Escape(options.Value.Incident)}</b>, from {list.Count} articles by {outlets.Count} {(outlets.Count == 1 ? "outlet" : "outlets")}{TelegramHtml.Escape(published)}: {TelegramHtml.Escape(Join(outlets))}.

            I quote them word for word and say <b>which outlet said what</b>, who is speaking in the article and whether the outlet hedges ("claimed", "could not be verified"). When outlets disagree I say so.

            What I cannot do: answer beyond these articles (I say when they do not cover something), read or answer other languages than English, or check claims myself. {verdicts}

            In a private chat just send a question. In a group use /ask, mention me, or reply to one of my messages.
            """;
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

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
            "for review by moderators; send /forget to remove your questions and votes from the log.")];
    }

    // One line per source (with ids for admins), packed into as many messages as the list needs.
    public IReadOnlyList<Reply> Sources(CommandRequest request)
    {
        var list = sources.List();
        if (list.Count == 0) return [Reply.Text(request.ChatId, "I have no sources yet.")];
        var lines = list.Select(s =>
            (request.Role >= Role.Admin ? $"#{s.Id} " : "") + Outlets.Name(s.Outlet, s.OriginalOutlet, TelegramHtml.Bold) +
            (s.Published is null ? "" : ", " + s.Published) +
            (s.Title is null ? "" : " — " + TelegramHtml.Escape(TelegramHtml.Cut(s.Title, 200))));
        return Reply.Messages(request.ChatId, TelegramHtml.Pack(lines.Prepend("My sources:"), separator: "\n"));
    }

    public IReadOnlyList<Reply> Forget(CommandRequest request)
    {
        var forgotten = privacy.Forget(request.From.Id);
        return [Reply.Text(request.ChatId, forgotten.Questions + forgotten.Votes == 0
            ? "I have no questions or votes of yours in my log."
            : $"Done: I removed {TelegramHtml.Count(forgotten.Questions, "question")} and {TelegramHtml.Count(forgotten.Votes, "vote")} of yours from my log. " +
              "The answers I gave stay, without your questions or who asked them.", request.MessageId)];
    }

}
