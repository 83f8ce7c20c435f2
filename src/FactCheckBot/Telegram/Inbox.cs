using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Takes one stored update through the router: its replies are queued and the update marked
// done in one transaction. A failure is counted and the update tried again after a backoff,
// which its chat waits out without holding a worker; after the last attempt the update is
// marked failed, logged, and the asker gets an apology instead of silence.
public sealed class Inbox(UpdateStore store, UpdateRouter router, IOptions<TelegramOptions> options, ILogger<Inbox> logger)
{
    // Null when the update is finished with (done, failed or gone); otherwise when to try it again.
    public async Task<TimeSpan?> HandleAsync(long updateId, CancellationToken cancellationToken)
    {
        if (store.Get(updateId) is not { Status: UpdateStatus.Pending } stored) return null;
        var maxAttempts = options.Value.MaxAttempts;
        try
        {
            var replies = await router.RouteAsync(stored.Update, cancellationToken);
            store.Complete(updateId, replies);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var attempts = store.CountFailure(updateId, ex.Message, maxAttempts);
            if (attempts >= maxAttempts)
            {
                logger.LogError(ex, "Update {UpdateId} failed {Attempts} times; giving up", updateId, attempts);
                Apologise(stored);
                return null;
            }
            logger.LogWarning("Update {UpdateId} failed (attempt {Attempts}): {Error}", updateId, attempts, ex.Message);
            return Backoff.After(attempts);
        }
    }

    private void Apologise(StoredUpdate stored)
    {
        try
        {
            if (stored.Update.Message is { } message)
                store.Complete(stored.UpdateId,
                    [Reply.Text(message.Chat.Id, "Sorry, something went wrong while answering that. It has been logged for the team.", message.MessageId)],
                    UpdateStatus.Failed);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not queue an apology for update {UpdateId}", stored.UpdateId);
        }
    }
}
