using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Outgoing limits (per chat, per group, overall). A chat told to wait by a 429 waits alone.
// Nothing here sleeps: Reserve says how long to wait, and the chat's turn ends until then.
// Chats with nothing left to remember are dropped once a minute, so memory does not grow
// with every chat ever served.
public sealed class SendLimiter(TimeProvider time, IOptions<TelegramOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, DateTimeOffset> nextPerChat = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> groupWindows = [];
    private readonly Queue<DateTimeOffset> globalWindow = new();
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    public int TrackedChats
    {
        get { lock (gate) return nextPerChat.Keys.Union(groupWindows.Keys).Count(); }
    }

    // Zero: send now (the send is counted). Otherwise how long until the chat may send.
    public TimeSpan Reserve(long chatId)
    {
        var settings = options.Value;
        lock (gate)
        {
            var now = time.GetUtcNow();
            Sweep(now);
            Trim(globalWindow, now - TimeSpan.FromSeconds(1));
            var earliest = nextPerChat.GetValueOrDefault(chatId, now);
            if (globalWindow.Count >= settings.GlobalMessagesPerSecond)
                earliest = Max(earliest, globalWindow.Peek() + TimeSpan.FromSeconds(1));
            Queue<DateTimeOffset>? group = null;
            if (chatId < 0)
            {
                group = groupWindows.TryGetValue(chatId, out var existing) ? existing : groupWindows[chatId] = new Queue<DateTimeOffset>();
                Trim(group, now - TimeSpan.FromMinutes(1));
                if (group.Count >= settings.GroupMessagesPerMinute) earliest = Max(earliest, group.Peek() + TimeSpan.FromMinutes(1));
            }
            if (earliest > now) return earliest - now;
            nextPerChat[chatId] = now + TimeSpan.FromMilliseconds(settings.PerChatIntervalMs);
            globalWindow.Enqueue(now);
            group?.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    public void Pause(long chatId, TimeSpan delay)
    {
        lock (gate) nextPerChat[chatId] = time.GetUtcNow() + delay;
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now - lastSweep < TimeSpan.FromMinutes(1)) return;
        lastSweep = now;
        foreach (var (chat, next) in nextPerChat.ToList())
            if (next <= now) nextPerChat.Remove(chat);
        foreach (var (chat, window) in groupWindows.ToList())
        {
            Trim(window, now - TimeSpan.FromMinutes(1));
            if (window.Count == 0) groupWindows.Remove(chat);
        }
    }

    internal static void Trim(Queue<DateTimeOffset> window, DateTimeOffset before)
    {
        while (window.Count > 0 && window.Peek() <= before) window.Dequeue();
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

// Questions per user per minute. Over the limit a user is told once how long to wait; what they send
// until then is not answered and not told again. Users who have not asked for a minute are forgotten
// once a minute.
public sealed class QuestionLimiter(TimeProvider time, IOptions<TelegramOptions> options)
{
    // Wait: null when the question may go ahead. Tell: whether this is the first refusal of the window.
    public readonly record struct Verdict(TimeSpan? Wait, bool Tell);

    private sealed class User
    {
        public readonly Queue<DateTimeOffset> Asked = new();
        public DateTimeOffset ToldUntil;
    }

    private readonly Lock gate = new();
    private readonly Dictionary<long, User> users = [];
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    public int TrackedUsers
    {
        get { lock (gate) return users.Count; }
    }

    public Verdict Check(long userId)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var windowStart = now - TimeSpan.FromMinutes(1);
            if (now - lastSweep >= TimeSpan.FromMinutes(1))
            {
                lastSweep = now;
                foreach (var (id, known) in users.ToList())
                {
                    SendLimiter.Trim(known.Asked, windowStart);
                    if (known.Asked.Count == 0 && known.ToldUntil <= now) users.Remove(id);
                }
            }
            var user = users.TryGetValue(userId, out var existing) ? existing : users[userId] = new User();
            SendLimiter.Trim(user.Asked, windowStart);
            if (user.Asked.Count < options.Value.QuestionsPerMinute)
            {
                user.Asked.Enqueue(now);
                return new Verdict(null, false);
            }
            var wait = user.Asked.Peek() + TimeSpan.FromMinutes(1) - now;
            var tell = user.ToldUntil <= now;
            if (tell) user.ToldUntil = now + wait;
            return new Verdict(wait, tell);
        }
    }
}
