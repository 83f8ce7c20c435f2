namespace FactCheckBot.Tests.Support;

public static class Eventually
{
    // For state another process commits a moment after the effect the test saw (a reply is
    // marked sent just after the Bot API accepted it): wait for it, then assert as usual.
    public static async Task<T> ValueAsync<T>(Func<T> read, Func<T, bool> done, int timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = read();
        }
        return value;
    }
}
