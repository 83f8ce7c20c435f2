namespace FactCheckBot.Telegram;

// "/flag@MyBot 12 wrong figure" -> ("flag", "MyBot", "12 wrong figure").
public sealed record ChatCommand(string Name, string? Target, string Args)
{
    public static ChatCommand? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '/' || text.Length < 2) return null;
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var head = text[1..end];
        var at = head.IndexOf('@');
        var name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        if (name.Length == 0 || name.Length > 32 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return null;
        return new ChatCommand(name, at < 0 ? null : head[(at + 1)..], text[end..].Trim());
    }

    public bool IsFor(BotIdentity bot) => Target is null || string.Equals(Target, bot.Username, StringComparison.OrdinalIgnoreCase);

    // "12 some text" -> (12, "some text"); null when the first word is not a positive id.
    public (long Id, string Text)? IdAndRest()
    {
        var space = Args.IndexOfAny([' ', '\n']);
        var first = space < 0 ? Args : Args[..space];
        if (!long.TryParse(first.TrimStart('#'), out var id) || id <= 0) return null;
        return (id, space < 0 ? "" : Args[(space + 1)..].Trim());
    }
}
