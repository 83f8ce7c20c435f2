using System.Globalization;
using System.Text;
using FactCheckBot.Moderation;

namespace FactCheckBot.WebConsole;

public sealed record SelectView(string Label, string Name, string Current, IReadOnlyList<(string Value, string Text)> Choices);

// How the pages write times, chats, statuses and choices. Razor encodes whatever they return.
public static class View
{
    // 2023-05-23T18:30:00.000Z -> 2023-05-23 18:30
    public static string Time(string? stamp) =>
        stamp is { Length: >= 16 } ? $"{stamp[..10]} {stamp[11..16]}" : stamp ?? "";

    public static string Chat(long? chatId) => ReviewQueue.KindOf(chatId) switch
    {
        ChatKind.Private => $"private {chatId}",
        ChatKind.Group => $"group {chatId}",
        _ => "command line",
    };

    public static string Status(string status) => status.Replace('_', ' ');

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string Number(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(long part, long whole) => whole == 0 ? "–" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    // A filter's drop-down: each value's name (what the query string carries) and its label.
    public static SelectView Select<T>(string label, string name, T current) where T : struct, Enum =>
        new(label, name, current.ToString(), Enum.GetValues<T>().Select(v => (v.ToString(), Label(v))).ToList());

    private static string Label<T>(T value) where T : struct, Enum => value switch
    {
        QueueShow.NeedsLook => "needing a look",
        QueueShow.All => "all answers",
        ReviewFilter.Unreviewed => "not reviewed",
        FeedbackFilter.Down => "👎 or asked for a moderator",
        FeedbackFilter.Up => "👍",
        ChatKind.Private => "private chats",
        ChatKind.Group => "groups",
        _ => Words(value.ToString()),
    };

    // NotCovered -> not covered
    private static string Words(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append(' ');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
