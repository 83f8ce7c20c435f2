using System.Text.Json;
using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Telegram;

// What a "More" button under a short answer shows: the whole answer, stored when the short one is
// sent, so the button works after a restart and shows what was answered then.
public sealed class MorePages(Database database, TimeProvider time)
{
    public long Store(long chatId, IReadOnlyList<string> parts)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("""
            INSERT INTO more_pages (chat_id, parts, created_at) VALUES (@chatId, @parts, @at) RETURNING id;
            """, new { chatId, parts = JsonSerializer.Serialize(parts), at = Timestamp.Now(time) });
    }

    // A page is shown only in the chat it was made for (or the supergroup that chat became).
    public IReadOnlyList<string>? Get(long id, long chatId)
    {
        using var connection = database.Open();
        var parts = connection.ExecuteScalar<string?>("""
            SELECT p.parts FROM more_pages p
            WHERE p.id = @id AND (p.chat_id = @chatId OR p.chat_id IN (SELECT m.chat_id FROM chat_migrations m WHERE m.migrated_to = @chatId));
            """, new { id, chatId });
        return parts is null ? null : JsonSerializer.Deserialize<List<string>>(parts);
    }

    // Pages made for a person's private chat (/forget), or for any private chat before a time (retention).
    public void Forget(long? privateChat, DateTimeOffset? before = null)
    {
        using var connection = database.Open();
        connection.Execute("""
            DELETE FROM more_pages WHERE (chat_id = @privateChat OR (@before IS NOT NULL AND chat_id > 0 AND created_at < @before));
            """, new { privateChat, before = before is { } at ? Timestamp.Of(at) : null });
    }
}
