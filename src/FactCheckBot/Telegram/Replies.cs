using System.Text.Json;

namespace FactCheckBot.Telegram;

// Builds the outgoing messages a handler returns; the sender delivers them later.
public static class Replies
{
    private static readonly LinkPreviewOptions NoPreview = new(IsDisabled: true);

    public static Reply Html(long chatId, string html, long? replyTo = null, InlineKeyboardMarkup? keyboard = null) =>
        new("sendMessage", chatId, JsonSerializer.Serialize(new SendMessageRequest(chatId, html, "HTML", keyboard,
            replyTo is null ? null : new ReplyParameters(replyTo.Value), NoPreview), BotJson.Default.SendMessageRequest));

    public static Reply Text(long chatId, string text, long? replyTo = null) => Html(chatId, TelegramHtml.Escape(text), replyTo);

    // Rewrites one of the bot's messages (its buttons go); used to mark a review card as done.
    public static Reply Edit(long chatId, long messageId, string html) =>
        new("editMessageText", chatId, JsonSerializer.Serialize(new EditMessageTextRequest(chatId, messageId, html, "HTML", null, NoPreview),
            BotJson.Default.EditMessageTextRequest));

    // Several messages for one answer: the keyboard goes under the last one, the reply link on the first.
    public static IReadOnlyList<Reply> Messages(long chatId, IReadOnlyList<string> parts, long? replyTo, InlineKeyboardMarkup? keyboard) =>
        parts.Select((part, i) => Html(chatId, part, i == 0 ? replyTo : null, i == parts.Count - 1 ? keyboard : null)).ToList();

    public static InlineKeyboardMarkup Feedback(long logId) => new(
    [
        [
            new InlineKeyboardButton("👍", $"fb:up:{logId}"),
            new InlineKeyboardButton("👎", $"fb:down:{logId}"),
            new InlineKeyboardButton("Ask a moderator", $"fb:mod:{logId}"),
        ],
    ]);

    public static InlineKeyboardMarkup Review(long logId) => new(
    [
        [
            new InlineKeyboardButton("✅ Approve", $"rv:ok:{logId}"),
            new InlineKeyboardButton("🚩 Flag", $"rv:flag:{logId}"),
            new InlineKeyboardButton("✏️ Correct", $"rv:fix:{logId}"),
            new InlineKeyboardButton("⏭ Skip", $"rv:skip:{logId}"),
        ],
    ]);
}
