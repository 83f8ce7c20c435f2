using System.Globalization;
using Telegram.Bot.Types;

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

    // "/help@OtherBot" in a group is for another bot.
    public bool IsFor(BotIdentity bot) => Target is null || string.Equals(Target, bot.Username, StringComparison.OrdinalIgnoreCase);

    // "12 some text" -> (12, "some text"); null when the first word is not a positive number.
    public (long Id, string Text)? IdAndRest()
    {
        var space = Args.IndexOfAny([' ', '\n']);
        var first = space < 0 ? Args : Args[..space];
        if (!long.TryParse(first.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        return (id, space < 0 ? "" : Args[(space + 1)..].Trim());
    }
}

// A command as its handler gets it: who sent it, with which role, in which message.
public sealed record CommandRequest(long UpdateId, Message Message, User From, Role Role, ChatCommand Command)
{
    public long ChatId => Message.Chat.Id;

    public int MessageId => Message.MessageId;

    // Questions asked in private chats are shown to moderators only in private chats.
    public bool InPrivate => Message.Chat.Type == global::Telegram.Bot.Types.Enums.ChatType.Private;

    public string Args => Command.Args;

    public long Id() => Command.IdAndRest()?.Id ?? throw new CommandUsageException();

    public (long Id, string Text) IdAndText() =>
        Command.IdAndRest() is { Text.Length: > 0 } parsed ? parsed : throw new CommandUsageException();
}

// The arguments do not fit the command: the reply is the command's usage and example from the
// command table, after the optional lead ("Name the outlet.").
public sealed class CommandUsageException(string? lead = null) : Exception(lead ?? "The arguments do not fit the command.")
{
    public string? Lead { get; } = lead;
}
