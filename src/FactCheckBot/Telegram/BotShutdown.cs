using Microsoft.Extensions.Hosting;

namespace FactCheckBot.Telegram;

// The bot stopping itself for a reason only a person can fix (Telegram refused the token).
// `factcheck run` prints the reason and exits with a failure code instead of 0.
public sealed class BotShutdown(IHostApplicationLifetime lifetime)
{
    public string? Reason { get; private set; }

    public void Stop(string reason)
    {
        Reason = reason;
        lifetime.StopApplication();
    }
}
