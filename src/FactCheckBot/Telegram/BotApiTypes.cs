using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheckBot.Telegram;

// The slice of the Bot API this bot uses (https://core.telegram.org/bots/api), snake_case on the wire.
public sealed record Update(long UpdateId, Message? Message = null, Message? EditedMessage = null, CallbackQuery? CallbackQuery = null)
{
    public long? ChatId => (Message ?? EditedMessage)?.Chat.Id ?? CallbackQuery?.Message?.Chat.Id ?? CallbackQuery?.From.Id;
}

public sealed record Message(
    long MessageId, Chat Chat, User? From = null, long Date = 0, string? Text = null, string? Caption = null,
    MessageEntity[]? Entities = null, MessageEntity[]? CaptionEntities = null, Message? ReplyToMessage = null,
    Document? Document = null, JsonElement? Photo = null, JsonElement? Sticker = null, JsonElement? Voice = null,
    JsonElement? Video = null, long? MigrateToChatId = null, long? MigrateFromChatId = null);

public sealed record Chat(long Id, string Type = "private", string? Title = null, string? Username = null)
{
    public bool IsGroup => Type is "group" or "supergroup";
}

public sealed record User(long Id, bool IsBot = false, string FirstName = "", string? Username = null);

public sealed record MessageEntity(string Type, int Offset, int Length);

public sealed record Document(string FileId, string? FileName = null, string? MimeType = null, long? FileSize = null);

public sealed record CallbackQuery(string Id, User From, Message? Message = null, string? Data = null);

public sealed record TelegramFile(string FileId, string? FilePath = null, long? FileSize = null);

public sealed record BotCommand(string Command, string Description);

public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null);

public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

public sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);

public sealed record LinkPreviewOptions(bool IsDisabled = true);

public sealed record ResponseParameters(long? MigrateToChatId = null, int? RetryAfter = null);

public sealed record ApiResponse(bool Ok, JsonElement? Result = null, int? ErrorCode = null, string? Description = null,
    ResponseParameters? Parameters = null);

public sealed record GetUpdatesRequest(long Offset, int Timeout, int Limit, IReadOnlyList<string> AllowedUpdates);

public sealed record SendMessageRequest(long ChatId, string Text, string? ParseMode = "HTML", InlineKeyboardMarkup? ReplyMarkup = null,
    ReplyParameters? ReplyParameters = null, LinkPreviewOptions? LinkPreviewOptions = null);

public sealed record EditMessageTextRequest(long ChatId, long MessageId, string Text, string? ParseMode = "HTML",
    InlineKeyboardMarkup? ReplyMarkup = null, LinkPreviewOptions? LinkPreviewOptions = null);

public sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text = null, bool ShowAlert = false);

public sealed record SendChatActionRequest(long ChatId, string Action);

public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands);

public sealed record GetFileRequest(string FileId);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiResponse))]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(Update[]))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(TelegramFile))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(GetFileRequest))]
public sealed partial class BotJson : JsonSerializerContext;
