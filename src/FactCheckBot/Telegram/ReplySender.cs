using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Delivers a chat's queued replies in order, within the rate limits. 429 pauses that chat
// only; a migrated group gets its replies at the new id; transient errors are retried,
// permanent ones (blocked, chat gone) end the reply. A reply is marked sent right after
// Telegram accepts it.
public sealed partial class ReplySender(
    IBotApi api, UpdateStore store, SendLimiter limiter, IOptions<TelegramOptions> options, TimeProvider time, ILogger<ReplySender> logger)
{
    public async Task FlushAsync(long chatId, CancellationToken cancellationToken)
    {
        var chat = store.Resolve(chatId);
        foreach (var row in store.PendingReplies(chat))
            await DeliverAsync(row, cancellationToken);
    }

    private async Task DeliverAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var payload = row.Payload;
        var chat = row.ChatId;
        var attempts = (int)row.Attempts;
        var plainFallback = false;
        while (true)
        {
            await limiter.WaitAsync(chat, cancellationToken);
            try
            {
                var messageId = await SendAsync(row.Method, payload, cancellationToken);
                store.Sent(row.Id, messageId);
                return;
            }
            catch (BotApiException ex) when (ex.MigrateToChatId is { } newChat)
            {
                logger.LogInformation("Chat {Chat} became {NewChat}; sending there", chat, newChat);
                store.Migrate(chat, newChat);
                (chat, payload) = (newChat, WithChat(row.Method, payload, newChat));
            }
            catch (BotApiException ex) when (ex.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Clamp(ex.RetryAfter ?? 1, 1, settings.MaxRetryAfterSeconds));
                logger.LogWarning("Rate limited in chat {Chat}; waiting {Seconds} s", chat, wait.TotalSeconds);
                limiter.Pause(chat, wait);
                if (++attempts >= settings.MaxAttempts * 3)
                {
                    store.ReplyFailed(row.Id, ex.Message, final: true);
                    return;
                }
            }
            catch (BotApiException ex) when (ex.ErrorCode == 400 && !plainFallback && ex.Description.Contains("parse entities", StringComparison.OrdinalIgnoreCase))
            {
                logger.LogWarning("Telegram could not parse a reply's HTML in chat {Chat}; sending it as plain text", chat);
                plainFallback = true;
                payload = AsPlainText(row.Method, payload);
            }
            catch (BotApiException ex) when (ex.IsTransient)
            {
                attempts = (int)store.ReplyFailed(row.Id, ex.Message, final: attempts + 1 >= settings.MaxAttempts);
                if (attempts >= settings.MaxAttempts)
                {
                    logger.LogError("Giving up on a reply to chat {Chat} after {Attempts} attempts: {Error}", chat, attempts, ex.Message);
                    return;
                }
                logger.LogWarning("Reply to chat {Chat} failed ({Error}); retrying", chat, ex.Message);
                await Task.Delay(Backoff(attempts), time, cancellationToken);
            }
            catch (BotApiException ex)
            {
                logger.LogError("Reply to chat {Chat} refused: {Error}", chat, ex.Message);
                store.ReplyFailed(row.Id, ex.Message, final: true);
                return;
            }
        }
    }

    private async Task<long?> SendAsync(string method, string payload, CancellationToken cancellationToken)
    {
        switch (method)
        {
            case "sendMessage":
                return (await api.SendMessageAsync(JsonSerializer.Deserialize(payload, BotJson.Default.SendMessageRequest)!, cancellationToken))?.MessageId;
            case "editMessageText":
                await api.EditMessageTextAsync(JsonSerializer.Deserialize(payload, BotJson.Default.EditMessageTextRequest)!, cancellationToken);
                return null;
            default:
                throw new BotApiException(method, 400, "unknown outbox method");
        }
    }

    private static string WithChat(string method, string payload, long chat) => method == "sendMessage"
        ? JsonSerializer.Serialize(JsonSerializer.Deserialize(payload, BotJson.Default.SendMessageRequest)! with { ChatId = chat }, BotJson.Default.SendMessageRequest)
        : JsonSerializer.Serialize(JsonSerializer.Deserialize(payload, BotJson.Default.EditMessageTextRequest)! with { ChatId = chat }, BotJson.Default.EditMessageTextRequest);

    private static string AsPlainText(string method, string payload)
    {
        if (method != "sendMessage") return payload;
        var request = JsonSerializer.Deserialize(payload, BotJson.Default.SendMessageRequest)!;
        var text = Tag().Replace(request.Text, "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");
        return JsonSerializer.Serialize(request with { Text = text, ParseMode = null }, BotJson.Default.SendMessageRequest);
    }

    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(30_000, 500 * Math.Pow(2, Math.Max(0, attempt - 1))));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
