using System.Text.Json;
using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Telegram;

public enum InputKind
{
    Source,     // the article after /addsource Outlet | Title | Date
    Correction, // the corrected answer after the ✏️ Correct button
}

// What the bot asked a user to send next in a chat, so that message is taken as that and never as a
// question. Stored, so a restart in between loses nothing; it lapses after a while.
public sealed class AwaitedInput(Database database, TimeProvider time)
{
    public static readonly TimeSpan Lapse = TimeSpan.FromMinutes(30);

    public sealed record Awaited(InputKind Kind, string Data)
    {
        public T Read<T>() => JsonSerializer.Deserialize<T>(Data)!;
    }

    private sealed record Row(string Kind, string Data, string Until);

    public void Expect(long chatId, long userId, InputKind kind, object data)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO awaited_input (chat_id, user_id, kind, data, until) VALUES (@chatId, @userId, @kind, @data, @until)
            ON CONFLICT (chat_id, user_id) DO UPDATE SET kind = excluded.kind, data = excluded.data, until = excluded.until;
            """, new { chatId, userId, kind = kind.ToString(), data = JsonSerializer.Serialize(data), until = Timestamp.Of(time.GetUtcNow() + Lapse) });
    }

    // What the user was asked for, or null. It stays awaited until Done: input that was refused may be sent again.
    public Awaited? Peek(long chatId, long userId)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<Row>(
            "SELECT kind, data, until FROM awaited_input WHERE chat_id = @chatId AND user_id = @userId;", new { chatId, userId });
        return row is not null && string.CompareOrdinal(row.Until, Timestamp.Now(time)) > 0 && Enum.TryParse<InputKind>(row.Kind, out var kind)
            ? new Awaited(kind, row.Data)
            : null;
    }

    public bool Done(long chatId, long userId)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM awaited_input WHERE chat_id = @chatId AND user_id = @userId;", new { chatId, userId }) > 0;
    }

    public void Forget(long userId)
    {
        using var connection = database.Open();
        connection.Execute("DELETE FROM awaited_input WHERE user_id = @userId;", new { userId });
    }
}
