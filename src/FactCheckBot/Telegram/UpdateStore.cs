using System.Globalization;
using System.Text.Json;
using Dapper;
using FactCheckBot.Storage;

namespace FactCheckBot.Telegram;

public sealed record StoredUpdate(long UpdateId, long? ChatId, string Payload, string Status, long Attempts)
{
    public Update Parse() => JsonSerializer.Deserialize(Payload, BotJson.Default.Update)!;
}

public sealed record OutboxRow(long Id, long? UpdateId, long ChatId, string Method, string Payload, long Attempts);

public sealed record Reply(string Method, long ChatId, string Payload);

// Updates are written with the next offset in one transaction before anything handles them,
// and a handled update is marked done in the same transaction that queues its replies.
public sealed class UpdateStore(Database database, TimeProvider time)
{
    public long NextOffset()
    {
        using var connection = database.Open();
        var value = connection.ExecuteScalar<string?>("SELECT value FROM bot_state WHERE key = 'next_offset';");
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    // Returns the updates not seen before (a server may hand out an update twice).
    public IReadOnlyList<StoredUpdate> Save(IReadOnlyList<Update> updates)
    {
        if (updates.Count == 0) return [];
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var fresh = new List<StoredUpdate>();
        var at = Now();
        foreach (var update in updates)
        {
            var payload = JsonSerializer.Serialize(update, BotJson.Default.Update);
            var inserted = connection.Execute("""
                INSERT INTO updates (update_id, chat_id, payload, received_at) VALUES (@UpdateId, @ChatId, @payload, @at)
                ON CONFLICT (update_id) DO NOTHING;
                """, new { update.UpdateId, update.ChatId, payload, at }, transaction);
            if (inserted > 0) fresh.Add(new StoredUpdate(update.UpdateId, update.ChatId, payload, "pending", 0));
        }
        var next = updates.Max(u => u.UpdateId) + 1;
        connection.Execute("""
            INSERT INTO bot_state (key, value) VALUES ('next_offset', @next)
            ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER));
            """, new { next = next.ToString(CultureInfo.InvariantCulture) }, transaction);
        transaction.Commit();
        return fresh;
    }

    public IReadOnlyList<StoredUpdate> Pending()
    {
        using var connection = database.Open();
        return connection.Query<StoredUpdate>("""
            SELECT update_id, chat_id, payload, status, attempts FROM updates WHERE status = 'pending' ORDER BY update_id;
            """).AsList();
    }

    public StoredUpdate? Get(long updateId)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<StoredUpdate>(
            "SELECT update_id, chat_id, payload, status, attempts FROM updates WHERE update_id = @updateId;", new { updateId });
    }

    public void Complete(long updateId, IReadOnlyList<Reply> replies, string status = "done")
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var at = Now();
        foreach (var reply in replies)
            connection.Execute("""
                INSERT INTO outbox (update_id, chat_id, method, payload, created_at) VALUES (@updateId, @ChatId, @Method, @Payload, @at);
                """, new { updateId, reply.ChatId, reply.Method, reply.Payload, at }, transaction);
        connection.Execute("UPDATE updates SET status = @status, handled_at = @at WHERE update_id = @updateId;",
            new { updateId, at, status }, transaction);
        transaction.Commit();
    }

    // Counts a failed attempt; after the last one the update is marked failed and left alone.
    public long Failed(long updateId, string error, int maxAttempts)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("""
            UPDATE updates SET attempts = attempts + 1, error = @error,
                status = CASE WHEN attempts + 1 >= @maxAttempts THEN 'failed' ELSE status END
            WHERE update_id = @updateId
            RETURNING attempts;
            """, new { updateId, error, maxAttempts });
    }

    public IReadOnlyList<OutboxRow> PendingReplies(long? chatId = null)
    {
        using var connection = database.Open();
        return connection.Query<OutboxRow>("""
            SELECT id, update_id, chat_id, method, payload, attempts FROM outbox
            WHERE status = 'pending' AND (@chatId IS NULL OR chat_id = @chatId)
            ORDER BY id;
            """, new { chatId }).AsList();
    }

    public void Sent(long outboxId, long? messageId)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE outbox SET status = 'sent', sent_at = @at, sent_message_id = @messageId, error = NULL WHERE id = @outboxId;",
            new { outboxId, messageId, at = Now() });
    }

    public long ReplyFailed(long outboxId, string error, bool final)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("""
            UPDATE outbox SET attempts = attempts + 1, error = @error, status = CASE WHEN @final THEN 'failed' ELSE status END
            WHERE id = @outboxId RETURNING attempts;
            """, new { outboxId, error, final });
    }

    // A group became a supergroup: its pending replies go to the new chat id, and so does every later one.
    public void Migrate(long fromChat, long toChat)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO chat_migrations (chat_id, migrated_to, at) VALUES (@fromChat, @toChat, @at)
            ON CONFLICT (chat_id) DO UPDATE SET migrated_to = excluded.migrated_to, at = excluded.at;
            """, new { fromChat, toChat, at = Now() }, transaction);
        connection.Execute("UPDATE outbox SET chat_id = @toChat WHERE chat_id = @fromChat AND status = 'pending';", new { fromChat, toChat }, transaction);
        transaction.Commit();
    }

    public long Resolve(long chatId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>("SELECT migrated_to FROM chat_migrations WHERE chat_id = @chatId;", new { chatId }) ?? chatId;
    }

    public (long Pending, long Failed, long PendingReplies, long FailedReplies) Counts()
    {
        using var connection = database.Open();
        return connection.QuerySingle<(long, long, long, long)>("""
            SELECT (SELECT count(*) FROM updates WHERE status = 'pending'), (SELECT count(*) FROM updates WHERE status = 'failed'),
                   (SELECT count(*) FROM outbox WHERE status = 'pending'), (SELECT count(*) FROM outbox WHERE status = 'failed');
            """);
    }

    private string Now() => Timestamp.Now(time);
}
