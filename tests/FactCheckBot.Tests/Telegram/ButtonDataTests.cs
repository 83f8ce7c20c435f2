using System.Text;
using FactCheckBot.Telegram;

namespace FactCheckBot.Tests.Telegram;

public sealed class ButtonDataTests
{
    [Theory]
    [InlineData(ButtonAction.Helpful, "fb:up:12")]
    [InlineData(ButtonAction.NotHelpful, "fb:down:12")]
    [InlineData(ButtonAction.AskModerator, "fb:mod:12")]
    [InlineData(ButtonAction.Approve, "rv:ok:12")]
    [InlineData(ButtonAction.Flag, "rv:flag:12")]
    [InlineData(ButtonAction.Correct, "rv:fix:12")]
    [InlineData(ButtonAction.Skip, "rv:skip:12")]
    public void Buttons_already_in_chats_keep_meaning_what_they_meant(ButtonAction action, string data)
    {
        Assert.Equal(data, new ButtonData(action, 12).Encode());
        Assert.Equal(new ButtonData(action, 12), ButtonData.Parse(data));
    }

    [Fact]
    public void Every_action_round_trips_within_Telegrams_64_bytes()
    {
        foreach (var action in Enum.GetValues<ButtonAction>())
        {
            var button = new ButtonData(action, long.MaxValue);
            Assert.Equal(button, ButtonData.Parse(button.Encode()));
            Assert.True(Encoding.UTF8.GetByteCount(button.Encode()) <= 64);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fb:up")]
    [InlineData("fb:up:")]
    [InlineData("fb:up:abc")]
    [InlineData("fb:up:-1")]
    [InlineData("fb:up:0")]
    [InlineData("fb:sideways:1")]
    [InlineData("rv:ok:1:2")]
    [InlineData("xx:ok:1")]
    public void Anything_else_is_no_button(string? data) => Assert.Null(ButtonData.Parse(data));

    [Fact]
    public void Review_buttons_are_for_moderators_and_feedback_for_everyone()
    {
        Assert.Equal(Role.User, new ButtonData(ButtonAction.AskModerator, 1).Needs);
        Assert.Equal(Role.Moderator, new ButtonData(ButtonAction.Skip, 1).Needs);
    }

    [Fact]
    public void Keyboards_carry_the_answer_id_in_every_button()
    {
        var data = ButtonData.Review(7).InlineKeyboard.SelectMany(row => row).Select(b => ButtonData.Parse(b.CallbackData)).ToList();
        Assert.Equal([ButtonAction.Approve, ButtonAction.Flag, ButtonAction.Correct, ButtonAction.Skip], data.Select(d => d!.Value.Action));
        Assert.All(data, d => Assert.Equal(7, d!.Value.Id));
        Assert.Equal(3, ButtonData.Feedback(7).InlineKeyboard.Single().Count());
    }
}
