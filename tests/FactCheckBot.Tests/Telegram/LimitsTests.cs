using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Telegram;

public sealed class LimitsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static async Task<bool> Settles(Task task)
    {
        await Task.WhenAny(task, Task.Delay(200));
        return task.IsCompleted;
    }

    [Fact]
    public async Task One_message_per_second_per_chat_without_holding_up_other_chats()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions()));
        await limiter.WaitAsync(1, default);
        var second = limiter.WaitAsync(1, default);
        Assert.False(await Settles(second));
        Assert.True(await Settles(limiter.WaitAsync(2, default)));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(await Settles(second));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await Settles(second));
    }

    [Fact]
    public async Task A_group_gets_at_most_twenty_messages_a_minute()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions { PerChatIntervalMs = 0 }));
        for (var i = 0; i < 20; i++) Assert.True(await Settles(limiter.WaitAsync(-42, default)));
        var twentyFirst = limiter.WaitAsync(-42, default);
        Assert.False(await Settles(twentyFirst));
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.True(await Settles(twentyFirst));
    }

    [Fact]
    public async Task A_pause_from_a_429_applies_to_that_chat_only()
    {
        var time = new ManualTime(Start);
        var limiter = new SendLimiter(time, Options.Create(new TelegramOptions { PerChatIntervalMs = 0 }));
        limiter.Pause(7, TimeSpan.FromSeconds(5));
        var paused = limiter.WaitAsync(7, default);
        Assert.True(await Settles(limiter.WaitAsync(8, default)));
        Assert.False(await Settles(paused));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(await Settles(paused));
    }

    [Fact]
    public void Each_user_may_ask_a_set_number_of_questions_a_minute()
    {
        var time = new ManualTime(Start);
        var limiter = new QuestionLimiter(time, Options.Create(new TelegramOptions { QuestionsPerMinute = 2 }));
        Assert.Null(limiter.Check(1));
        Assert.Null(limiter.Check(1));
        Assert.Equal(TimeSpan.FromMinutes(1), limiter.Check(1));
        Assert.Null(limiter.Check(2));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(limiter.Check(1));
    }
}
