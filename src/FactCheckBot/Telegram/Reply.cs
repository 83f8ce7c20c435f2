using System.Text.Json.Serialization;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheckBot.Telegram;

[JsonConverter(typeof(JsonStringEnumConverter<ReplyKind>))]
public enum ReplyKind
{
    Message,  // a new message in the chat
    Edit,     // rewrites one of the bot's messages (a review card once acted on)
    Keyboard, // replaces the buttons under one of the bot's messages (the votes under an answer)
}

// One outgoing message as a handler decides it; the outbox stores it and the sender delivers
// it later. Html is Telegram HTML, already escaped.
public sealed record Reply(ReplyKind Kind, long ChatId, string Html)
{
    public int? ReplyTo { get; init; }

    // Part of the replied-to message to quote in the reply (the claim the asker quoted).
    public string? Quote { get; init; }

    // The one link Telegram may show a preview of; without it previews are off.
    public string? PreviewUrl { get; init; }

    public int? EditMessageId { get; init; }

    public InlineKeyboardMarkup? Keyboard { get; init; }

    public static Reply Message(long chatId, string html, int? replyTo = null, InlineKeyboardMarkup? keyboard = null) =>
        new(ReplyKind.Message, chatId, html) { ReplyTo = replyTo, Keyboard = keyboard };

    public static Reply Text(long chatId, string text, int? replyTo = null) => Message(chatId, TelegramHtml.Escape(text), replyTo);

    // The edited message loses its buttons.
    public static Reply Edit(long chatId, int messageId, string html) => new(ReplyKind.Edit, chatId, html) { EditMessageId = messageId };

    public static Reply Buttons(long chatId, int messageId, InlineKeyboardMarkup? keyboard) =>
        new(ReplyKind.Keyboard, chatId, "") { EditMessageId = messageId, Keyboard = keyboard };

    // Several messages for one answer: the reply link on the first, the keyboard under the last.
    public static IReadOnlyList<Reply> Messages(long chatId, IReadOnlyList<string> parts, int? replyTo = null, InlineKeyboardMarkup? keyboard = null) =>
        parts.Select((part, i) => Message(chatId, part, i == 0 ? replyTo : null, i == parts.Count - 1 ? keyboard : null)).ToList();
}
