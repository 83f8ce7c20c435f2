using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// A person's words leave the bot's records when they ask (/forget) and, for private chats, after
// Moderation:RetentionDays: the question text and who asked go from the answer log (the answers and
// their evidence stay), their votes go, and the stored updates and private replies lose their text.
public sealed class Privacy(AnswerLog log, UpdateStore store, MorePages pages, AwaitedInput awaited, TimeProvider time,
    IOptions<ModerationOptions> options, ILogger<Privacy> logger) : BackgroundService
{
    public Forgotten Forget(long userId)
    {
        var forgotten = log.Forget(userId);
        store.Forget(userId);
        pages.Forget(privateChat: userId);
        awaited.Forget(userId);
        return forgotten;
    }

    public long ApplyRetention()
    {
        if (options.Value.RetentionDays <= 0) return 0;
        var before = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var questions = log.ForgetPrivateBefore(before);
        store.ForgetPrivateBefore(before);
        pages.Forget(privateChat: null, before);
        if (questions > 0) logger.LogInformation("Removed {Questions} private questions older than {Days} days", questions, options.Value.RetentionDays);
        return questions;
    }

    // While the bot runs: at start, then every hour.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetentionDays <= 0) return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    ApplyRetention();
                }
                catch (Microsoft.Data.Sqlite.SqliteException ex)
                {
                    logger.LogWarning("Could not apply the retention period: {Error}", ex.Message);
                }
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
