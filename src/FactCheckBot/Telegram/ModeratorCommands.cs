using System.Text;
using FactCheckBot.Answering;
using FactCheckBot.Moderation;

namespace FactCheckBot.Telegram;

// Reviewing the answer log from a chat. Questions asked in private chats, and who asked them, are shown
// only in a moderator's private chat with the bot; in a group the queue, the log and /show keep to
// questions asked in groups (or on the command line).
public sealed class ModeratorCommands(AnswerLog log, ModerationActions actions)
{
    public IReadOnlyList<Reply> Review(long chat, bool inPrivate, long after)
    {
        if (log.Next(after, includePrivate: inPrivate) is not { } id)
        {
            var waiting = inPrivate ? 0 : log.QueueLength() - log.QueueLength(includePrivate: false);
            return [Reply.Text(chat, (after == 0 ? "The review queue is empty" : "No more answers after that one in the queue") +
                (waiting > 0 ? $" here; {waiting} questions from private chats are waiting. Send /review to me in a private chat to see them." : "."))];
        }
        var entry = log.Get(id)!;
        var header = $"📝 <b>Review</b> ({log.QueueLength(includePrivate: inPrivate)} waiting)" + (entry.Down + entry.Moderator > 0 ? " — flagged by users" : "");
        var parts = TelegramHtml.Pack([header, .. TelegramHtml.PlainBlocks(LogText.Render(entry))]);
        return Reply.Messages(chat, parts, keyboard: ButtonData.Review(id));
    }

    public IReadOnlyList<Reply> Show(CommandRequest request)
    {
        var id = request.Id();
        var entry = log.Get(id) ?? throw new InputException($"There is no answer #{id} in the log.");
        if (entry.Private && !request.InPrivate)
            return [Reply.Text(request.ChatId, $"Answer #{id} was asked in a private chat, so I show it only in private. Send /show {id} to me in our private chat.")];
        return Reply.Messages(request.ChatId, TelegramHtml.Pack(TelegramHtml.PlainBlocks(LogText.Render(entry))),
            keyboard: entry.ReviewStatus is null ? ButtonData.Review(id) : null);
    }

    public async Task<IReadOnlyList<Reply>> ApproveAsync(CommandRequest request, CancellationToken cancellationToken) =>
        Said(request, await actions.ApproveAsync(request.Id(), request.From.Id, cancellationToken));

    public async Task<IReadOnlyList<Reply>> FlagAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (id, reason) = request.IdAndText();
        return Said(request, await actions.FlagAsync(id, request.From.Id, reason, cancellationToken));
    }

    public async Task<IReadOnlyList<Reply>> CorrectAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (id, text) = request.IdAndText();
        return Said(request, await actions.CorrectAsync(id, request.From.Id, text, cancellationToken));
    }

    public async Task<IReadOnlyList<Reply>> UndoAsync(CommandRequest request, CancellationToken cancellationToken) =>
        Said(request, await actions.UndoAsync(request.Id(), request.From.Id, cancellationToken));

    private static IReadOnlyList<Reply> Said(CommandRequest request, ReviewResult result) => [Reply.Text(request.ChatId, result.Message)];

    public IReadOnlyList<Reply> Log(CommandRequest request)
    {
        var count = 10;
        if (request.Args.Length > 0 && (!int.TryParse(request.Args, out count) || count is < 1 or > 50)) throw new CommandUsageException();
        var rows = log.List(count, includePrivate: request.InPrivate);
        if (rows.Count == 0) return [Reply.Text(request.ChatId, request.InPrivate ? "The answer log is empty." : "No questions from groups in the answer log.")];
        var lines = rows.Select(r => $"#{r.Id} {r.Status}{(r.ReviewStatus is null ? "" : $" [{r.ReviewStatus}]")}" +
            $"{(r.Down + r.Moderator > 0 ? " 👎" : "")} — {TelegramHtml.Cut(LogText.Question(r.Question, r.ForgottenAt), 80)}");
        if (!request.InPrivate) lines = lines.Append("(Questions from private chats are listed only in private.)");
        return Reply.Messages(request.ChatId, TelegramHtml.Pack(TelegramHtml.PlainBlocks(string.Join("\n", lines))));
    }

    public IReadOnlyList<Reply> Stats(CommandRequest request)
    {
        var rows = log.Stats(7);
        if (rows.Count == 0) return [Reply.Text(request.ChatId, "No answers in the last 7 days.")];
        var text = new StringBuilder("day        asked ok  n/c rej 👍 👎 mod\n");
        foreach (var r in rows)
            text.Append($"{r.Day} {r.Answers,5} {r.Answered,3} {r.NotCovered,4} {r.Rejected,3} {r.Up,2} {r.Down,2} {r.ModeratorRequests,3}\n");
        var down = rows.Sum(r => r.ModelUnavailable);
        var model = down == 0 ? "" : $"\nModel unavailable: {down} answers fell back to quotes only.";
        return [Reply.Message(request.ChatId, "<b>Last 7 days</b>\n<pre>" + TelegramHtml.Escape(text.ToString().TrimEnd()) + "</pre>" + TelegramHtml.Escape(model))];
    }
}
