namespace FactCheckBot.Telegram;

// The seam to the Telegram Bot API: only the methods this bot uses, shaped so a
// Telegram.Bot-backed implementation could replace BotApiClient.
public interface IBotApi
{
    Task<User> GetMeAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<Update>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken);
    Task<Message?> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken);
    Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken);
    Task AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken);
    Task SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken);
    Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken);
    Task<TelegramFile> GetFileAsync(string fileId, CancellationToken cancellationToken);
    Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken cancellationToken);
}
