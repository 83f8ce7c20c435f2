using FactCheckBot.Answering;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Messages that follow from a review action or a user's call for a moderator, queued in the durable
// outbox (the running bot sends them, also when the action came from the command line or the console).
// Moderators are told in the moderators' chat (Telegram:ModeratorChatId) when there is one, otherwise
// each in their private chat with the bot. A question asked in a private chat is never shown in the
// moderators' chat: the notice there only points to /show in private.
public sealed class ModeratorNotices(UpdateStore store, Roles roles, IOptions<TelegramOptions> options)
{
    private const int MaxQuoted = 1200;

    // A 👎 or "Ask a moderator" on an answer that had neither.
    public void CalledFor(LogDetail entry, string kind)
    {
        var what = kind == FeedbackKind.Moderator ? "🙋 <b>Someone asked for a moderator</b>" : "👎 <b>Someone found an answer unhelpful</b>";
        Tell(entry, what, except: null);
    }

    public void Flagged(LogDetail entry, long? by, string reason) =>
        Tell(entry, $"🚩 <b>Flagged by {Who(by)}</b>: {TelegramHtml.Escape(reason)}", except: by);

    // The corrected answer goes to the person who asked, as a reply to their question, in the chat where they asked.
    public bool CorrectionToAsker(LogDetail entry, string correction, string at)
    {
        if (entry.ChatId is not { } chat || entry.ForgottenAt is not null) return false;
        var html = $"🛡 <b>Moderators corrected my answer</b> to your question (on {at[..10]}):\n\n" +
                   string.Join("\n\n", TelegramHtml.PlainBlocks(correction));
        store.Queue([Reply.Message(store.CurrentChat(chat), html, replyTo: (int?)entry.MessageId)]);
        return true;
    }

    private void Tell(LogDetail entry, string headline, long? except)
    {
        var header = $"{headline}\nAnswer #{entry.Id}, {(entry.Private ? "asked in a private chat" : entry.ChatId is null ? "asked on the command line" : "asked in a group")}.";
        if (options.Value.ModeratorChatId is { } group)
        {
            store.Queue([entry.Private
                ? Reply.Message(group, $"{header}\nRead it in your private chat with me: /show {entry.Id}")
                : Reply.Message(group, Card(header, entry), keyboard: ButtonData.Notice(entry.Id))]);
            return;
        }
        var card = Card(header, entry);
        store.Queue(roles.Holders().Where(h => h.UserId != except)
            .Select(h => Reply.Message(h.UserId, card, keyboard: ButtonData.Notice(entry.Id))).ToList());
    }

    private static string Card(string header, LogDetail entry) =>
        $"{header}\n\n<b>Question:</b> {TelegramHtml.Escape(TelegramHtml.Cut(entry.Question, 500))}\n\n" +
        $"<b>Answer:</b>\n{TelegramHtml.Escape(TelegramHtml.Cut(entry.Answer, MaxQuoted))}";

    private static string Who(long? by) => by is { } id ? $"moderator {id}" : "the command line";
}
