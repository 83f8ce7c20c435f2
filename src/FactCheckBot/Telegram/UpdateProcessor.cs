using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Handles one stored update: its replies are queued and the update marked done together.
// A failure is retried with backoff a few times; then the update is marked failed, logged,
// and the asker gets an apology instead of silence.
public sealed class UpdateProcessor(
    UpdateStore store, UpdateHandler handler, IOptions<TelegramOptions> options, TimeProvider time, ILogger<UpdateProcessor> logger)
{
    public async Task ProcessAsync(long updateId, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        while (store.Get(updateId) is { Status: "pending" } stored)
        {
            try
            {
                var update = stored.Parse();
                var replies = await handler.HandleAsync(update, cancellationToken);
                store.Complete(updateId, replies);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                var attempts = store.Failed(updateId, ex.Message, maxAttempts);
                if (attempts >= maxAttempts)
                {
                    logger.LogError(ex, "Update {UpdateId} failed {Attempts} times; giving up", updateId, attempts);
                    Apologise(stored);
                    return;
                }
                logger.LogWarning("Update {UpdateId} failed (attempt {Attempts}): {Error}", updateId, attempts, ex.Message);
                await Task.Delay(ReplySender.Backoff((int)attempts), time, cancellationToken);
            }
        }
    }

    private void Apologise(StoredUpdate stored)
    {
        try
        {
            var update = stored.Parse();
            if (update.Message is { } message)
                store.Complete(stored.UpdateId, [Replies.Text(message.Chat.Id, "Sorry, something went wrong while answering that. It has been logged for the team.", message.MessageId)], status: "failed");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not queue an apology for update {UpdateId}", stored.UpdateId);
        }
    }
}
