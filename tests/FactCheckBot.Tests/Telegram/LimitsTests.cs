using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Telegram;

public sealed class LimitsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_message_per_second_per_chat_without_holding_up_other_chats()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions()));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(1));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve(1));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(2));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(TimeSpan.FromMilliseconds(1), limiter.Reserve(1));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(1));
    }

    [Fact]
    public void A_group_gets_at_most_twenty_messages_a_minute()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions { PerChatIntervalMs = 0 }));
        for (var i = 0; i < 20; i++) Assert.Equal(TimeSpan.Zero, limiter.Reserve(-42));
        Assert.Equal(TimeSpan.FromMinutes(1), limiter.Reserve(-42));
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(-42));
    }

    [Fact]
    public void At_most_thirty_messages_a_second_overall()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions()));
        for (var chat = 1; chat <= 30; chat++) Assert.Equal(TimeSpan.Zero, limiter.Reserve(chat));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve(31));
    }

    [Fact]
    public void A_pause_from_a_429_applies_to_that_chat_only()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions { PerChatIntervalMs = 0 }));
        limiter.Pause(7, TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(8));
        Assert.Equal(TimeSpan.FromSeconds(5), limiter.Reserve(7));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(7));
    }

    [Fact]
    public void Chats_that_have_nothing_left_to_wait_for_are_forgotten()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 1000 }));
        for (var chat = 1; chat <= 500; chat++) limiter.Reserve(chat % 2 == 0 ? chat : -chat);
        Assert.Equal(500, limiter.TrackedChats);
        time.Advance(TimeSpan.FromMinutes(2));
        limiter.Reserve(1);
        Assert.Equal(1, limiter.TrackedChats);
    }

    [Fact]
    public void Each_user_may_ask_a_set_number_of_questions_a_minute()
    {
        var time = new ManualTime(Start);
        var limiter = new QuestionLimiter(time, Options.Create(new TelegramOptions { QuestionsPerMinute = 2 }));
        Assert.Null(limiter.Check(1).Wait);
        Assert.Null(limiter.Check(1).Wait);
        Assert.Equal(new QuestionLimiter.Verdict(TimeSpan.FromMinutes(1), Tell: true), limiter.Check(1));
        Assert.Null(limiter.Check(2).Wait);
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(limiter.Check(1).Wait);
    }

    [Fact]
    public void A_user_over_the_limit_is_told_once_per_window()
    {
        var time = new ManualTime(Start);
        var limiter = new QuestionLimiter(time, Options.Create(new TelegramOptions { QuestionsPerMinute = 1 }));
        Assert.Null(limiter.Check(1).Wait);
        Assert.True(limiter.Check(1).Tell);
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(new QuestionLimiter.Verdict(TimeSpan.FromSeconds(40), Tell: false), limiter.Check(1));
        Assert.False(limiter.Check(1).Tell);
        time.Advance(TimeSpan.FromSeconds(41));
        Assert.Null(limiter.Check(1).Wait);
        Assert.True(limiter.Check(1).Tell);
    }

    [Fact]
    public void Users_who_stopped_asking_are_forgotten()
    {
        var time = new ManualTime(Start);
        var limiter = new QuestionLimiter(time, Options.Create(new TelegramOptions()));
        for (var user = 1; user <= 1000; user++) limiter.Check(user);
        Assert.Equal(1000, limiter.TrackedUsers);
        time.Advance(TimeSpan.FromSeconds(30));
        limiter.Check(1);
        Assert.Equal(1000, limiter.TrackedUsers);
        time.Advance(TimeSpan.FromMinutes(2));
        limiter.Check(5000);
        Assert.Equal(1, limiter.TrackedUsers);
    }
}
