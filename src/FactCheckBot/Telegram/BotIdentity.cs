using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// Who the bot is (from getMe at start): needed to spot mentions of it and replies to it in groups.
// Mentions are read from the message's entities, as Telegram marks them, so "@factbot" is not
// found inside "@factbot2" or an e-mail address.
public sealed class BotIdentity
{
    public long Id { get; private set; }
    public string Username { get; private set; } = "";

    public void Set(User me)
    {
        Id = me.Id;
        Username = me.Username ?? "";
    }

    public bool IsMentionedIn(Message message) => Mentions(message).Any();

    // The text with the bot's mentions taken out: "@factbot who led the raid?" -> "who led the raid?".
    public string WithoutMentions(Message message)
    {
        var text = message.Text ?? message.Caption ?? "";
        foreach (var mention in Mentions(message).OrderByDescending(e => e.Offset))
            text = text.Remove(mention.Offset, mention.Length).Insert(mention.Offset, " ");
        return text.Trim();
    }

    private IEnumerable<MessageEntity> Mentions(Message message)
    {
        var text = message.Text ?? message.Caption ?? "";
        var entities = (message.Text is not null ? message.Entities : message.CaptionEntities) ?? [];
        return entities.Where(e => e.Offset >= 0 && e.Length > 0 && e.Offset + e.Length <= text.Length && e.Type switch
        {
            MessageEntityType.Mention => Username.Length > 0 &&
                string.Equals(text.Substring(e.Offset, e.Length), "@" + Username, StringComparison.OrdinalIgnoreCase),
            MessageEntityType.TextMention => e.User?.Id == Id && Id != 0,
            _ => false,
        });
    }
}
