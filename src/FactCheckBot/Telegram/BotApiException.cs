namespace FactCheckBot.Telegram;

// An error from the Bot API, or from reaching it (ErrorCode 0). Never carries the token.
public sealed class BotApiException(string method, int errorCode, string description, int? retryAfter = null,
    long? migrateToChatId = null, Exception? inner = null)
    : Exception($"{method}: {(errorCode == 0 ? "" : $"{errorCode} ")}{description}", inner)
{
    public string Method { get; } = method;
    public int ErrorCode { get; } = errorCode;
    public string Description { get; } = description;
    public int? RetryAfter { get; } = retryAfter;
    public long? MigrateToChatId { get; } = migrateToChatId;

    public bool IsTransient => ErrorCode is 0 or 429 or >= 500;

    // Emulators answer methods they lack with 404 or 500 and a non-Bot-API body.
    public bool IsUnsupported => ErrorCode is 404 or 500 && Description.Contains("not supported", StringComparison.OrdinalIgnoreCase);
}
