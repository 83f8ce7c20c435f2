using System.Text;
using FactCheckBot.Moderation;

namespace FactCheckBot.Telegram;

// Reviewing the answer log from a chat.
public sealed class ModeratorCommands(LogBook log, Reviews reviews)
{
    public IReadOnlyList<Reply> Review(long chat, long after)
    {
        if (reviews.Next(after) is not { } id)
            return [Replies.Text(chat, after == 0 ? "The review queue is empty." : "No more answers after that one in the queue.")];
        var entry = log.Get(id)!;
        var header = $"📝 <b>Review</b> ({reviews.QueueLength()} waiting)" + (entry.Down + entry.Moderator > 0 ? " — flagged by users" : "");
        var parts = TelegramHtml.Pack([header, .. TelegramHtml.PlainBlocks(LogText.Render(entry))]);
        return Replies.Messages(chat, parts, null, Replies.Review(id));
    }

    public IReadOnlyList<Reply> Show(long chat, ChatCommand command)
    {
        var id = Id(command, "/show ID");
        var entry = log.Get(id) ?? throw new InputException($"There is no answer #{id} in the log.");
        return Replies.Messages(chat, TelegramHtml.Pack(TelegramHtml.PlainBlocks(LogText.Render(entry))), null,
            entry.ReviewStatus is null ? Replies.Review(id) : null);
    }

    public IReadOnlyList<Reply> Approve(long chat, long moderator, ChatCommand command)
    {
        var id = Id(command, "/approve ID");
        reviews.Approve(id, moderator);
        return [Replies.Text(chat, $"Approved answer #{id}.")];
    }

    public IReadOnlyList<Reply> Flag(long chat, long moderator, ChatCommand command)
    {
        var (id, reason) = command.IdAndRest() is { Text.Length: > 0 } parsed ? parsed
            : throw new InputException("Use /flag ID REASON, for example /flag 12 wrong casualty figure.");
        reviews.Flag(id, moderator, reason);
        return [Replies.Text(chat, $"Flagged answer #{id}.")];
    }

    public IReadOnlyList<Reply> Correct(long chat, long moderator, ChatCommand command)
    {
        var (id, text) = command.IdAndRest() is { Text.Length: > 0 } parsed ? parsed
            : throw new InputException("Use /correct ID TEXT: the answer that should have been given.");
        reviews.Correct(id, moderator, text);
        return [Replies.Text(chat, $"Stored the correction for answer #{id}. Later askers of the same question get it, marked as a moderator's answer.")];
    }

    public IReadOnlyList<Reply> Log(long chat, ChatCommand command)
    {
        var count = 10;
        if (command.Args.Length > 0 && (!int.TryParse(command.Args, out count) || count is < 1 or > 50))
            throw new InputException("Use /log or /log N with N from 1 to 50.");
        var rows = log.List(count);
        if (rows.Count == 0) return [Replies.Text(chat, "The answer log is empty.")];
        var lines = rows.Select(r => $"#{r.Id} {r.Status}{(r.ReviewStatus is null ? "" : $" [{r.ReviewStatus}]")}" +
            $"{(r.Down + r.Moderator > 0 ? " 👎" : "")} — {Cut(r.Question, 80)}");
        return Replies.Messages(chat, TelegramHtml.Pack(TelegramHtml.PlainBlocks(string.Join("\n", lines))), null, null);
    }

    public IReadOnlyList<Reply> Stats(long chat)
    {
        var rows = reviews.Stats(7);
        if (rows.Count == 0) return [Replies.Text(chat, "No answers in the last 7 days.")];
        var text = new StringBuilder("day        asked ok  n/c rej 👍 👎 mod\n");
        foreach (var r in rows)
            text.Append($"{r.Day} {r.Answers,5} {r.Answered,3} {r.NotCovered,4} {r.Rejected,3} {r.Up,2} {r.Down,2} {r.ModeratorRequests,3}\n");
        var down = rows.Sum(r => r.ModelUnavailable);
        var model = down == 0 ? "" : $"\nModel unavailable: {down} answers fell back to quotes only.";
        return [Replies.Html(chat, "<b>Last 7 days</b>\n<pre>" + TelegramHtml.Escape(text.ToString().TrimEnd()) + "</pre>" + TelegramHtml.Escape(model))];
    }

    private static long Id(ChatCommand command, string usage) =>
        command.IdAndRest()?.Id ?? throw new InputException($"Use {usage} with the answer's number, for example {usage.Replace("ID", "12")}.");

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
