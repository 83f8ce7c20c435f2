using FactCheckBot.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Tests.Telegram;

public sealed class BotIdentityTests
{
    private static readonly BotIdentity Bot = Identity();

    private static BotIdentity Identity()
    {
        var bot = new BotIdentity();
        bot.Set(new User { Id = 99, IsBot = true, FirstName = "Fact", Username = "factbot" });
        return bot;
    }

    private static Message Text(string text, params MessageEntity[] entities) => new() { Text = text, Entities = entities };

    private static MessageEntity Mention(string text, string mention) =>
        new() { Type = MessageEntityType.Mention, Offset = text.IndexOf(mention, StringComparison.Ordinal), Length = mention.Length };

    [Fact]
    public void A_mention_of_the_bot_is_found_in_the_entities()
    {
        const string text = "@FactBot who led the raid?";
        Assert.True(Bot.IsMentionedIn(Text(text, Mention(text, "@FactBot"))));
        Assert.Equal("who led the raid?", Bot.WithoutMentions(Text(text, Mention(text, "@FactBot"))));
    }

    [Fact]
    public void A_bot_whose_name_starts_with_ours_is_not_us()
    {
        const string text = "@factbot2 who led the raid?";
        Assert.False(Bot.IsMentionedIn(Text(text, Mention(text, "@factbot2"))));
    }

    [Fact]
    public void The_name_without_a_mention_entity_is_not_a_mention()
    {
        Assert.False(Bot.IsMentionedIn(Text("mail me at someone@factbot.example")));
        Assert.False(Bot.IsMentionedIn(Text("`@factbot` is its name", new MessageEntity { Type = MessageEntityType.Code, Offset = 0, Length = 10 })));
    }

    [Fact]
    public void A_text_mention_of_the_bots_id_counts_and_emoji_before_it_do_not_shift_it()
    {
        const string text = "🔥🔥 Fact, who led the raid?";
        var mention = new MessageEntity { Type = MessageEntityType.TextMention, Offset = 5, Length = 4, User = new User { Id = 99 } };
        Assert.True(Bot.IsMentionedIn(Text(text, mention)));
        Assert.Equal("🔥🔥  , who led the raid?", Bot.WithoutMentions(Text(text, mention)));
    }

    [Fact]
    public void Mentions_in_a_caption_are_read_from_the_caption_entities()
    {
        const string caption = "@factbot what is in this file?";
        Assert.True(Bot.IsMentionedIn(new Message { Caption = caption, CaptionEntities = [Mention(caption, "@factbot")] }));
    }

    [Fact]
    public void Entities_pointing_outside_the_text_are_ignored()
    {
        Assert.False(Bot.IsMentionedIn(Text("@factbot", new MessageEntity { Type = MessageEntityType.Mention, Offset = 3, Length = 40 })));
    }
}
