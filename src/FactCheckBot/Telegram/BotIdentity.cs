namespace FactCheckBot.Telegram;

// Who the bot is (from getMe at start): needed to spot mentions and replies in groups.
public sealed class BotIdentity
{
    public long Id { get; private set; }
    public string Username { get; private set; } = "";

    public void Set(User me)
    {
        Id = me.Id;
        Username = me.Username ?? "";
    }

    public bool IsMentionedIn(string text) =>
        Username.Length > 0 && text.Contains("@" + Username, StringComparison.OrdinalIgnoreCase);

    public string WithoutMention(string text) =>
        Username.Length == 0 ? text : text.Replace("@" + Username, " ", StringComparison.OrdinalIgnoreCase).Trim();
}
