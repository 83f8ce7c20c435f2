using Telegram.Bot.Types;

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

    public bool IsMentionedIn(Message message) =>
        Username.Length > 0 && (message.Text ?? message.Caption ?? "").Contains("@" + Username, StringComparison.OrdinalIgnoreCase);

    public string WithoutMentions(Message message)
    {
        var text = message.Text ?? message.Caption ?? "";
        return Username.Length == 0 ? text : text.Replace("@" + Username, " ", StringComparison.OrdinalIgnoreCase).Trim();
    }
}
