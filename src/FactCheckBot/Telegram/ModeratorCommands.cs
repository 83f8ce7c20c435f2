using System.Text;
using FactCheckBot.Moderation;

namespace FactCheckBot.Telegram;

// Reviewing the answer log from a chat.
public sealed class ModeratorCommands(LogBook log, Reviews reviews)
{
    public IReadOnlyList<Reply> Review(long chat, long after)
    {
        if (reviews.Next(after) is not { } id)
            return [Reply.Text(chat, after == 0 ? "The review queue is empty." : "No more answers after that one in the queue.")];
        var entry = log.Get(id)!;
        var header = $"📝 <b>Review</b> ({reviews.QueueLength()} waiting)" + (entry.Down + entry.Moderator > 0 ? " — flagged by users" : "");
        var parts = TelegramHtml.Pack([header, .. TelegramHtml.PlainBlocks(LogText.Render(entry))]);
        return Reply.Messages(chat, parts, keyboard: ButtonData.Review(id));
    }

    public IReadOnlyList<Reply> Show(CommandRequest request)
    {
        var id = request.Id();
        var entry = log.Get(id) ?? throw new InputException($"There is no answer #{id} in the log.");
        return Reply.Messages(request.ChatId, TelegramHtml.Pack(TelegramHtml.PlainBlocks(LogText.Render(entry))),
            keyboard: entry.ReviewStatus is null ? ButtonData.Review(id) : null);
    }

    public IReadOnlyList<Reply> Approve(CommandRequest request)
    {
        var id = request.Id();
        reviews.Approve(id, request.From.Id);
        return [Reply.Text(request.ChatId, $"Approved answer #{id}.")];
    }

    public IReadOnlyList<Reply> Flag(CommandRequest request)
    {
        var (id, reason) = request.IdAndText();
        reviews.Flag(id, request.From.Id, reason);
        return [Reply.Text(request.ChatId, $"Flagged answer #{id}.")];
    }

    public IReadOnlyList<Reply> Correct(CommandRequest request)
    {
        var (id, text) = request.IdAndText();
        reviews.Correct(id, request.From.Id, text);
        return [Reply.Text(request.ChatId, $"Stored the correction for answer #{id}. Later askers of the same question get it, marked as a moderator's answer.")];
    }

    public IReadOnlyList<Reply> Log(CommandRequest request)
    {
        var count = 10;
        if (request.Args.Length > 0 && (!int.TryParse(request.Args, out count) || count is < 1 or > 50)) throw new CommandUsageException();
        var rows = log.List(count);
        if (rows.Count == 0) return [Reply.Text(request.ChatId, "The answer log is empty.")];
        var lines = rows.Select(r => $"#{r.Id} {r.Status}{(r.ReviewStatus is null ? "" : $" [{r.ReviewStatus}]")}" +
            $"{(r.Down + r.Moderator > 0 ? " 👎" : "")} — {TelegramHtml.Cut(r.Question, 80)}");
        return Reply.Messages(request.ChatId, TelegramHtml.Pack(TelegramHtml.PlainBlocks(string.Join("\n", lines))));
    }

    public IReadOnlyList<Reply> Stats(CommandRequest request)
    {
        var rows = reviews.Stats(7);
        if (rows.Count == 0) return [Reply.Text(request.ChatId, "No answers in the last 7 days.")];
        var text = new StringBuilder("day        asked ok  n/c rej 👍 👎 mod\n");
        foreach (var r in rows)
            text.Append($"{r.Day} {r.Answers,5} {r.Answered,3} {r.NotCovered,4} {r.Rejected,3} {r.Up,2} {r.Down,2} {r.ModeratorRequests,3}\n");
        var down = rows.Sum(r => r.ModelUnavailable);
        var model = down == 0 ? "" : $"\nModel unavailable: {down} answers fell back to quotes only.";
        return [Reply.Message(request.ChatId, "<b>Last 7 days</b>\n<pre>" + TelegramHtml.Escape(text.ToString().TrimEnd()) + "</pre>" + TelegramHtml.Escape(model))];
    }
}
