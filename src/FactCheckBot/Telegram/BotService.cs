using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// The long-polling loop. Each batch of updates is stored (with the next offset) before any
// of it is handled; after a restart the stored but unhandled updates and unsent replies
// are picked up first. Errors back off and the loop keeps going.
public sealed class BotService(
    IBotApi api, UpdateStore store, ChatWorkers workers, BotIdentity identity, IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime, TimeProvider time, ILogger<BotService> logger) : BackgroundService
{
    public static readonly IReadOnlyList<BotCommand> PublicCommands =
    [
        new("ask", "Ask a question about the news in my sources"),
        new("sources", "The outlets I answer from"),
        new("help", "What I can do"),
        new("about", "How I work"),
    ];

    // An emulator answers an empty poll at once; without this the loop would spin.
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        workers.Start(stoppingToken);
        try
        {
            await IdentifyAsync(stoppingToken);
            await RegisterCommandsAsync(stoppingToken);
            Resume();
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await workers.WhenIdle();
    }

    private async Task IdentifyAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                identity.Set(await api.GetMeAsync(cancellationToken));
                logger.LogInformation("Connected to {ApiBaseUrl} as @{Username} ({Id})", options.Value.BaseUrl, identity.Username, identity.Id);
                return;
            }
            catch (BotApiException ex) when (ex.ErrorCode is 401 or 404 && !ex.IsUnsupported)
            {
                logger.LogCritical("The Bot API refused the token ({Error}). Check Telegram:BotToken.", ex.Message);
                lifetime.StopApplication();
                throw new OperationCanceledException(cancellationToken);
            }
            catch (BotApiException ex)
            {
                logger.LogWarning("getMe failed ({Error}); retrying", ex.Message);
                await Task.Delay(ReplySender.Backoff(attempt), time, cancellationToken);
            }
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.SetMyCommandsAsync(PublicCommands, cancellationToken);
        }
        catch (BotApiException ex)
        {
            logger.LogInformation("setMyCommands not accepted by this Bot API server ({Error}); continuing without a command menu", ex.Message);
        }
    }

    private void Resume()
    {
        var pending = store.Pending();
        foreach (var update in pending) workers.Enqueue(Queue(update), update.UpdateId);
        var chats = store.PendingReplies().Select(r => r.ChatId).Distinct().ToList();
        foreach (var chat in chats) workers.Enqueue(chat, null);
        if (pending.Count + chats.Count > 0)
            logger.LogInformation("Resuming {Updates} stored updates and unsent replies in {Chats} chats", pending.Count, chats.Count);
    }

    // A group that became a supergroup is one chat: one queue, so its replies are never flushed twice at once.
    private long Queue(StoredUpdate update) => update.ChatId is { } chat ? store.Resolve(chat) : 0;

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var offset = store.NextOffset();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            try
            {
                var updates = await api.GetUpdatesAsync(offset, options.Value.PollTimeoutSeconds, stoppingToken);
                failures = 0;
                if (updates.Count > 0)
                {
                    foreach (var update in store.Save(updates)) workers.Enqueue(Queue(update), update.UpdateId);
                    offset = Math.Max(offset, updates.Max(u => u.UpdateId) + 1);
                    continue;
                }
                var elapsed = time.GetUtcNow() - started;
                if (elapsed < MinPollInterval) await Task.Delay(MinPollInterval - elapsed, time, stoppingToken);
            }
            catch (BotApiException ex) when (ex.ErrorCode == 409)
            {
                logger.LogWarning("409 Conflict from getUpdates: another instance is polling this bot, or a webhook is set ({Error})", ex.Description);
                await Task.Delay(ReplySender.Backoff(++failures + 2), time, stoppingToken);
            }
            catch (BotApiException ex) when (ex.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Clamp(ex.RetryAfter ?? 5, 1, options.Value.MaxRetryAfterSeconds));
                logger.LogWarning("getUpdates rate limited; waiting {Seconds} s", wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (BotApiException ex) when (ex.ErrorCode == 401)
            {
                logger.LogCritical("The Bot API refused the token ({Error}). Check Telegram:BotToken.", ex.Message);
                lifetime.StopApplication();
                return;
            }
            catch (BotApiException ex)
            {
                logger.LogWarning("getUpdates failed ({Error}); backing off", ex.Message);
                await Task.Delay(ReplySender.Backoff(++failures), time, stoppingToken);
            }
            catch (SqliteException ex)
            {
                logger.LogError(ex, "Could not store updates; retrying");
                await Task.Delay(ReplySender.Backoff(++failures), time, stoppingToken);
            }
        }
    }
}
