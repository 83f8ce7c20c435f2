using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// Delivers a chat's queued replies in order, within the send limits. It never sleeps: when the
// chat has to wait (its limits, a 429, a retry) it says for how long and the chat's turn ends.
// A 429 pauses that chat only; a migrated group gets its replies at the new id; transient
// errors are retried, permanent ones (blocked, chat gone) end that reply. A reply is marked
// sent right after Telegram accepts it.
public sealed partial class OutboxSender(
    ITelegramBotClient bot, UpdateStore store, SendLimiter limiter, IOptions<TelegramOptions> options, ILogger<OutboxSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    // 429s per reply, apart from its failed attempts: being told to wait is not failing.
    private readonly ConcurrentDictionary<long, int> rateLimited = new();

    // Null when everything queued for the chat went out (or was given up); otherwise how long to wait.
    public async Task<TimeSpan?> SendAsync(long chatId, CancellationToken cancellationToken)
    {
        foreach (var queued in store.PendingReplies(store.CurrentChat(chatId)))
            if (await DeliverAsync(queued, cancellationToken) is { } wait)
                return wait;
        return null;
    }

    private async Task<TimeSpan?> DeliverAsync(QueuedReply queued, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var reply = queued.Reply;
        var plainText = false;
        while (true)
        {
            if (limiter.Reserve(reply.ChatId) is var wait && wait > TimeSpan.Zero) return wait;
            try
            {
                store.Sent(queued.Id, await SendAsync(reply, plainText, cancellationToken));
                rateLimited.TryRemove(queued.Id, out _);
                return null;
            }
            catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } newChat)
            {
                logger.LogInformation("Chat {Chat} became {NewChat}; sending there", reply.ChatId, newChat);
                store.Migrate(reply.ChatId, newChat);
                reply = reply with { ChatId = newChat };
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                var pause = TimeSpan.FromSeconds(Math.Clamp(ex.Parameters?.RetryAfter ?? 1, 1, settings.MaxRetryAfterSeconds));
                logger.LogWarning("Rate limited in chat {Chat}; waiting {Seconds} s", reply.ChatId, pause.TotalSeconds);
                limiter.Pause(reply.ChatId, pause);
                if (rateLimited.AddOrUpdate(queued.Id, 1, (_, n) => n + 1) < settings.MaxAttempts * 3) return pause;
                rateLimited.TryRemove(queued.Id, out _);
                logger.LogError("Giving up on a reply to chat {Chat}: rate limited {Times} times", reply.ChatId, settings.MaxAttempts * 3);
                store.ReplyFailed(queued.Id, ex.Message, final: true);
                return null;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && !plainText && reply.Kind == ReplyKind.Message
                                                 && ex.Message.Contains("parse entities", StringComparison.OrdinalIgnoreCase))
            {
                logger.LogWarning("Telegram could not parse a reply's HTML in chat {Chat}; sending it as plain text", reply.ChatId);
                plainText = true;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && reply.Quote is not null
                                                 && ex.Message.Contains("quote", StringComparison.OrdinalIgnoreCase))
            {
                logger.LogInformation("Telegram did not find the quote in the replied-to message in chat {Chat}; replying without it", reply.ChatId);
                reply = reply with { Quote = null };
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400 && reply.Kind == ReplyKind.Keyboard
                                                 && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
            {
                store.Sent(queued.Id, null); // the buttons already showed this
                return null;
            }
            catch (RequestException ex) when (reply.Kind == ReplyKind.Keyboard)
            {
                // The buttons' counts are a courtesy: never hold up the chat's next replies for them.
                logger.LogDebug("Could not update the buttons in chat {Chat}: {Error}", reply.ChatId, ex.Message);
                store.ReplyFailed(queued.Id, ex.Message, final: true);
                return null;
            }
            catch (RequestException ex) when (ex.IsTransient())
            {
                var attempts = store.ReplyFailed(queued.Id, ex.Message, final: queued.Attempts + 1 >= settings.MaxAttempts);
                if (attempts >= settings.MaxAttempts)
                {
                    logger.LogError("Giving up on a reply to chat {Chat} after {Attempts} attempts: {Error}", reply.ChatId, attempts, ex.Message);
                    return null;
                }
                logger.LogWarning("Reply to chat {Chat} failed ({Error}); retrying", reply.ChatId, ex.Message);
                return Backoff.After(attempts);
            }
            catch (RequestException ex)
            {
                logger.LogError("Reply to chat {Chat} refused: {Error}", reply.ChatId, ex.Message);
                store.ReplyFailed(queued.Id, ex.Message, final: true);
                return null;
            }
        }
    }

    // The message id Telegram gave a new message; null for an edit.
    private async Task<long?> SendAsync(Reply reply, bool plainText, CancellationToken cancellationToken)
    {
        switch (reply.Kind)
        {
            case ReplyKind.Message:
                var message = await bot.SendMessage(reply.ChatId, plainText ? PlainText(reply.Html) : reply.Html,
                    plainText ? ParseMode.None : ParseMode.Html,
                    reply.ReplyTo is { } replyTo ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true, Quote = reply.Quote } : null,
                    reply.Keyboard, Preview(reply), cancellationToken: cancellationToken);
                return message.MessageId;
            case ReplyKind.Edit when reply.EditMessageId is { } messageId:
                await bot.EditMessageText(reply.ChatId, messageId, reply.Html, ParseMode.Html, reply.Keyboard, Preview(reply),
                    cancellationToken: cancellationToken);
                return null;
            case ReplyKind.Keyboard when reply.EditMessageId is { } messageId:
                await bot.EditMessageReplyMarkup(reply.ChatId, messageId, reply.Keyboard, cancellationToken: cancellationToken);
                return null;
            default:
                throw new RequestException($"a {reply.Kind} reply cannot be sent", System.Net.HttpStatusCode.BadRequest);
        }
    }

    // Previews are off unless the reply names the one link worth showing (an answer citing a single source).
    private static LinkPreviewOptions Preview(Reply reply) =>
        reply.PreviewUrl is { } url ? new LinkPreviewOptions { Url = url, PreferSmallMedia = true } : NoPreview;

    private static string PlainText(string html) =>
        Tag().Replace(html, "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
