using Microsoft.Extensions.Logging;

namespace FactCheckBot.Telegram;

// One worker per chat with work waiting: a chat's updates are handled in order, chats in
// parallel (up to a cap), so a slow or failing chat never holds up the others.
public sealed class ChatWorkers(UpdateProcessor processor, ReplySender sender, ILogger<ChatWorkers> logger)
{
    private sealed class Queue
    {
        public readonly Queue<long?> Items = new(); // an update id, or null for "send what is queued"
        public bool Running;
    }

    private readonly Lock gate = new();
    private readonly Dictionary<long, Queue> queues = [];
    private readonly SemaphoreSlim slots = new(8);
    private readonly List<Task> running = [];
    private CancellationToken stopping;

    public void Start(CancellationToken stoppingToken) => stopping = stoppingToken;

    public void Enqueue(long chatId, long? updateId)
    {
        lock (gate)
        {
            if (!queues.TryGetValue(chatId, out var queue)) queues[chatId] = queue = new Queue();
            queue.Items.Enqueue(updateId);
            if (queue.Running) return;
            queue.Running = true;
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(() => RunAsync(chatId, queue)));
        }
    }

    public Task WhenIdle()
    {
        lock (gate) return Task.WhenAll(running.ToArray());
    }

    private async Task RunAsync(long chatId, Queue queue)
    {
        while (true)
        {
            long? item;
            lock (gate)
            {
                if (!queue.Items.TryDequeue(out item) || stopping.IsCancellationRequested)
                {
                    queue.Running = false;
                    queues.Remove(chatId);
                    return;
                }
            }
            await slots.WaitAsync(stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stopping.IsCancellationRequested) continue;
            try
            {
                if (item is { } updateId) await processor.ProcessAsync(updateId, stopping);
                await sender.FlushAsync(chatId, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // Storage trouble while sending: the replies stay queued for the next flush or a restart.
                logger.LogError(ex, "Chat {Chat} worker failed", chatId);
            }
            finally
            {
                slots.Release();
            }
        }
    }
}
