using System.Globalization;

namespace FactCheckBot.Storage;

// The one format of every stored point in time: ISO-8601 UTC with milliseconds
// (2023-05-23T18:30:00.000Z). Fixed width, so text order is time order and the first ten
// characters are the day. Migration 007 rewrote rows from before.
public static class Timestamp
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Of(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string Now(TimeProvider time) => Of(time.GetUtcNow());
}
