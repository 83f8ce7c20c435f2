using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace FactCheckBot.Telegram;

// Fair turns for chats. Each chat with work stands once in one line; a worker takes the chat at
// the front, handles its next update and sends what its limits allow, then the chat goes to the
// back of the line. A chat that must wait (its send limits, a 429, a retry backoff) steps out of
// the line until then and holds no worker. So a chat's updates are handled in order, chats in
// parallel, and a busy, throttled or failing chat never holds up the others.
public sealed class ChatQueues(Inbox inbox, OutboxSender outbox, TimeProvider time, ILogger<ChatQueues> logger)
{
    public const int Workers = 8;

    private sealed class ChatWork
    {
        public readonly Queue<long> Updates = new();
        public bool Scheduled; // in the line, on a worker, or waiting out a delay
        public bool Again;     // more work arrived during its turn
    }

    private readonly Lock gate = new();
    private readonly Dictionary<long, ChatWork> chats = [];
    private readonly Channel<long> line = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleWriter = false });
    private Task[] workers = [];
    private CancellationToken stopping;

    public void Start(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToArray();
    }

    public Task WhenStopped() => Task.WhenAll(workers);

    // An update to handle in the chat, or (null) replies waiting to be sent there.
    public void Enqueue(long chatId, long? updateId)
    {
        lock (gate)
        {
            if (!chats.TryGetValue(chatId, out var work)) chats[chatId] = work = new ChatWork();
            if (updateId is { } id) work.Updates.Enqueue(id);
            if (work.Scheduled)
            {
                work.Again = true;
                return;
            }
            work.Scheduled = true;
        }
        line.Writer.TryWrite(chatId);
    }

    private async Task WorkAsync()
    {
        try
        {
            await foreach (var chatId in line.Reader.ReadAllAsync(stopping))
            {
                ChatWork work;
                lock (gate)
                {
                    work = chats[chatId];
                    work.Again = false;
                }
                var wait = await TurnAsync(chatId, work);
                if (wait is { } delay)
                    _ = Task.Delay(delay, time, stopping).ContinueWith(_ => line.Writer.TryWrite(chatId),
                        CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                else
                    EndTurn(chatId, work);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    // One update, then the replies the limits allow now. Returns how long the chat must wait, if it must.
    private async Task<TimeSpan?> TurnAsync(long chatId, ChatWork work)
    {
        try
        {
            long? next;
            lock (gate) next = work.Updates.TryPeek(out var id) ? id : null;
            if (next is { } updateId)
            {
                if (await inbox.HandleAsync(updateId, stopping) is { } retry) return retry;
                lock (gate) work.Updates.Dequeue();
            }
            return await outbox.SendAsync(chatId, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            // Storage trouble: the update and the replies stay stored. Updates still waiting get
            // another turn a little later; replies go with the chat's next work or a restart.
            logger.LogError(ex, "Chat {Chat} turn failed", chatId);
            lock (gate) return work.Updates.Count > 0 ? Backoff.After(4) : null;
        }
    }

    // Back of the line if the chat has more to do, otherwise out of it.
    private void EndTurn(long chatId, ChatWork work)
    {
        lock (gate)
        {
            if (stopping.IsCancellationRequested || work.Updates.Count == 0 && !work.Again)
            {
                work.Scheduled = false;
                if (work.Updates.Count == 0) chats.Remove(chatId);
                return;
            }
        }
        line.Writer.TryWrite(chatId);
    }
}
