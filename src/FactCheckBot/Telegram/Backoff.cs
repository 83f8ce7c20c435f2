namespace FactCheckBot.Telegram;

// How long to wait before trying again after the n-th failure in a row: polling, handling an
// update, sending a reply. Doubles from half a second, at most 30 seconds.
public static class Backoff
{
    public static TimeSpan After(long failures) =>
        TimeSpan.FromMilliseconds(Math.Min(30_000, 500 * Math.Pow(2, Math.Clamp(failures - 1, 0, 16))));
}
