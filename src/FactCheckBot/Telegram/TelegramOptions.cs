using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Telegram;

public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    // From BotFather; set it as the environment variable Telegram__BotToken, never in a committed file.
    public string? BotToken { get; set; }

    // The public Bot API, a local Bot API server, or an emulator such as telegram-test-api.
    [Required(ErrorMessage = "Telegram:ApiBaseUrl is not set.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    // Numeric Telegram user ids (never @usernames): admins manage sources, aliases and moderators.
    public long[] AdminIds { get; set; } = [];

    public long[] ModeratorIds { get; set; } = [];

    // A group where moderators are told of 👎, flags and calls for a moderator; empty: each moderator privately.
    public long? ModeratorChatId { get; set; }

    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 50.")]
    public int PollTimeoutSeconds { get; set; } = 25;

    [Range(1, 300, ErrorMessage = "Telegram:RequestTimeoutSeconds must be between 1 and 300.")]
    public int RequestTimeoutSeconds { get; set; } = 30;

    [Range(1, 600, ErrorMessage = "Telegram:QuestionsPerMinute must be between 1 and 600.")]
    public int QuestionsPerMinute { get; set; } = 6;

    [Range(1, 20, ErrorMessage = "Telegram:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 4;

    [Range(1, 3600, ErrorMessage = "Telegram:MaxRetryAfterSeconds must be between 1 and 3600.")]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    [Range(1_000, 20_000_000, ErrorMessage = "Telegram:MaxDocumentBytes must be between 1000 and 20000000.")]
    public int MaxDocumentBytes { get; set; } = 2_000_000;

    // Outgoing message limits from Telegram's FAQ: about 1 per second per chat, 20 per minute per group, 30 per second overall.
    [Range(0, 60_000, ErrorMessage = "Telegram:PerChatIntervalMs must be between 0 and 60000.")]
    public int PerChatIntervalMs { get; set; } = 1000;

    [Range(1, 1000, ErrorMessage = "Telegram:GroupMessagesPerMinute must be between 1 and 1000.")]
    public int GroupMessagesPerMinute { get; set; } = 20;

    [Range(1, 1000, ErrorMessage = "Telegram:GlobalMessagesPerSecond must be between 1 and 1000.")]
    public int GlobalMessagesPerSecond { get; set; } = 30;

    public string BaseUrl => ApiBaseUrl.TrimEnd('/');
}
