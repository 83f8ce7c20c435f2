using FactCheckBot.Telegram;
using Telegram.Bot.Types;

namespace FactCheckBot.Tests.Telegram;

public sealed class ChatCommandTests
{
    private static BotIdentity Bot(string username)
    {
        var bot = new BotIdentity();
        bot.Set(new User { Id = 99, IsBot = true, FirstName = "Bot", Username = username });
        return bot;
    }

    [Theory]
    [InlineData("/ask Who led the raid?", "ask", null, "Who led the raid?")]
    [InlineData("/ASK@FactBot   Who led it?  ", "ask", "FactBot", "Who led it?")]
    [InlineData("/flag 12 wrong\nfigure", "flag", null, "12 wrong\nfigure")]
    [InlineData("/log", "log", null, "")]
    [InlineData("/START", "start", null, "")]
    [InlineData("/grant_role 5", "grant_role", null, "5")]
    public void A_command_is_a_name_an_optional_bot_and_arguments(string text, string name, string? target, string args) =>
        Assert.Equal(new ChatCommand(name, target, args), ChatCommand.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/ leading space")]
    [InlineData("ask /show 1")]
    [InlineData("/пуск")]
    [InlineData("/näme")]
    [InlineData("/a-b")]
    [InlineData("/abcdefghijklmnopqrstuvwxyz1234567")]
    public void Anything_else_is_not_a_command(string? text) => Assert.Null(ChatCommand.Parse(text));

    [Theory]
    [InlineData("/help", true)]
    [InlineData("/help@factbot", true)]
    [InlineData("/help@FACTBOT", true)]
    [InlineData("/help@factbot2", false)]
    [InlineData("/help@otherbot", false)]
    public void A_command_addressed_to_another_bot_is_not_for_this_one(string text, bool forUs) =>
        Assert.Equal(forUs, ChatCommand.Parse(text)!.IsFor(Bot("factbot")));

    [Theory]
    [InlineData("12 wrong figure", 12L, "wrong figure")]
    [InlineData("#12", 12L, "")]
    [InlineData("12\nsecond line", 12L, "second line")]
    public void An_id_and_the_rest(string args, long id, string rest) =>
        Assert.Equal((id, rest), new ChatCommand("flag", null, args).IdAndRest());

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("+5")]
    [InlineData("99999999999999999999")]
    public void No_id_where_the_first_word_is_not_a_positive_number(string args) =>
        Assert.Null(new ChatCommand("show", null, args).IdAndRest());

    [Fact]
    public void Missing_arguments_are_a_usage_error_not_an_exception_type_in_the_chat()
    {
        var request = new CommandRequest(1, new Message(), new User { Id = 1 }, Role.Moderator, new ChatCommand("flag", null, "12"));
        Assert.Equal(12, request.Id());
        Assert.Throws<CommandUsageException>(() => request.IdAndText());
    }
}
