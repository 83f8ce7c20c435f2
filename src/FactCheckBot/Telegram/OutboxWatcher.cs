using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheckBot.Telegram;

// Replies queued outside an update's own chat — a correction for the person who asked, notices to
// moderators, or anything queued by another process (`factcheck log correct`, the console) — are
// found here twice a second and their chats given a turn to send them.
public sealed class OutboxWatcher(UpdateStore store, ChatQueues queues, TimeProvider time, ILogger<OutboxWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long last = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var (chats, seen) = store.QueuedSince(last);
                    foreach (var chat in chats) queues.Enqueue(chat, null);
                    last = seen;
                }
                catch (SqliteException ex)
                {
                    logger.LogWarning("Could not look for queued replies: {Error}", ex.Message);
                }
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
