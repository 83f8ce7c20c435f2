using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// The long-polling loop. We call getUpdates ourselves (the library's receivers confirm an
// update's offset before it is handled): each batch is stored, with the next offset, before
// any of it is handled, and only the next call confirms it to Telegram. After a restart the
// stored but unhandled updates and the unsent replies are picked up first. Errors back off
// and the loop keeps going; a refused token stops the program with a message.
public sealed class PollingService(
    ITelegramBotClient bot, UpdateStore store, ChatQueues queues, BotIdentity identity, CommandMenus menus, BotShutdown shutdown,
    IOptions<TelegramOptions> options, TimeProvider time, ILogger<PollingService> logger) : BackgroundService
{
    public const string TokenRefused =
        "Telegram refused the bot token (Telegram:BotToken): it is wrong or has been revoked. " +
        "Copy the current token from @BotFather (/mybots, then API Token) into Telegram__BotToken and start again.";

    // getUpdates with each update as Telegram sent it, for the inbox to store as it is. An update
    // Telegram.Bot cannot read would otherwise fail the whole batch, again on every poll.
    private sealed class GetUpdatesAsSent() : RequestBase<JsonElement[]>("getUpdates")
    {
        public int? Offset { get; init; }
        public int? Limit { get; init; }
        public int? Timeout { get; init; }
        public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
    }

    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    // An emulator answers an empty poll at once; without this the loop would spin.
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        queues.Start(stoppingToken);
        try
        {
            if (await IdentifyAsync(stoppingToken))
            {
                await menus.PublishAsync(stoppingToken);
                Resume();
                await PollAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await queues.WhenStopped();
    }

    private async Task<bool> IdentifyAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                identity.Set(await bot.GetMe(cancellationToken));
                logger.LogInformation("Connected to {ApiBaseUrl} as @{Username} ({Id})", options.Value.BaseUrl, identity.Username, identity.Id);
                return true;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                shutdown.Stop(TokenRefused);
                return false;
            }
            catch (RequestException ex)
            {
                logger.LogWarning("getMe failed ({Error}); retrying", ex.Message);
                await Task.Delay(Backoff.After(attempt), time, cancellationToken);
            }
        }
    }

    private void Resume()
    {
        var pending = store.Pending();
        foreach (var update in pending) queues.Enqueue(ChatFor(update), update.UpdateId);
        var chats = store.PendingReplies().Select(r => r.Reply.ChatId).Distinct().ToList();
        foreach (var chat in chats) queues.Enqueue(chat, null);
        if (pending.Count + chats.Count > 0)
            logger.LogInformation("Resuming {Updates} stored updates and unsent replies in {Chats} chats", pending.Count, chats.Count);
    }

    // The chat whose queue handles the update, as it is now: a group that became a supergroup is
    // one chat, so one queue, and its replies are never sent twice at once. 0 for chatless updates.
    private long ChatFor(StoredUpdate update) => update.ChatId is { } chat ? store.CurrentChat(chat) : 0;

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var offset = store.NextOffset();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            try
            {
                var updates = await bot.SendRequest(new GetUpdatesAsSent
                {
                    Offset = (int)offset, Limit = 100, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = Wanted,
                }, stoppingToken);
                failures = 0;
                if (updates.Length > 0)
                {
                    foreach (var update in store.Save(updates)) queues.Enqueue(ChatFor(update), update.UpdateId);
                    offset = Math.Max(offset, store.NextOffset());
                    continue;
                }
                var elapsed = time.GetUtcNow() - started;
                if (elapsed < MinPollInterval) await Task.Delay(MinPollInterval - elapsed, time, stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409)
            {
                logger.LogWarning("409 Conflict from getUpdates: another instance is polling this bot, or a webhook is set ({Error})", ex.Message);
                await Task.Delay(Backoff.After(++failures + 2), time, stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Clamp(ex.Parameters?.RetryAfter ?? 5, 1, options.Value.MaxRetryAfterSeconds));
                logger.LogWarning("getUpdates rate limited; waiting {Seconds} s", wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                shutdown.Stop(TokenRefused);
                return;
            }
            catch (RequestException ex)
            {
                logger.LogWarning("getUpdates failed ({Error}); backing off", ex.Message);
                await Task.Delay(Backoff.After(++failures), time, stoppingToken);
            }
            catch (SqliteException ex)
            {
                logger.LogError(ex, "Could not store updates; retrying");
                await Task.Delay(Backoff.After(++failures), time, stoppingToken);
            }
        }
    }
}
