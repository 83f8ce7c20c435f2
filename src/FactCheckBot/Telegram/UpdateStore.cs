using System.Globalization;
using System.Text.Json;
using Dapper;
using FactCheckBot.Storage;
using Microsoft.Data.Sqlite;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FactCheckBot.Telegram;

public enum UpdateStatus
{
    Pending,
    Done,
    Failed,
}

public enum ReplyStatus
{
    Pending,
    Sent,
    Failed,
}

public sealed record StoredUpdate(long UpdateId, long? ChatId, string Payload, UpdateStatus Status, long Attempts)
{
    public Update Update => JsonSerializer.Deserialize<Update>(Payload, JsonBotAPI.Options)!;
}

public sealed record QueuedReply(long Id, Reply Reply, long Attempts);

// The bot's durable inbox and outbox. Updates are written with the next offset in one
// transaction before anything handles them; a handled update is marked done in the same
// transaction that queues its replies. Updates and replies are stored as JSON in the Bot API's
// own format (Telegram.Bot's JsonBotAPI.Options), written and read only here.
public sealed class UpdateStore(Database database, TimeProvider time)
{
    private sealed record OutboxRow(long Id, string Payload, long Attempts);

    public long NextOffset()
    {
        using var connection = database.Open();
        var value = connection.ExecuteScalar<string?>("SELECT value FROM bot_state WHERE key = 'next_offset';");
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    // Stores each update as Telegram sent it and returns those not seen before (a server may
    // hand out an update twice). The text is kept, not the library's reading of it, so an update
    // it reads but cannot write back (an enum value it does not know) is neither lost nor fatal.
    public IReadOnlyList<StoredUpdate> Save(IReadOnlyList<JsonElement> updates)
    {
        var received = updates.Where(u => u.ValueKind == JsonValueKind.Object && u.TryGetProperty("update_id", out var id) && id.TryGetInt64(out _))
            .Select(u => (Id: u.GetProperty("update_id").GetInt64(), Payload: u.GetRawText())).ToList();
        if (received.Count == 0) return [];
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var fresh = new List<StoredUpdate>();
        var at = Now();
        foreach (var (id, payload) in received)
        {
            var chatId = ChatOf(payload);
            var inserted = connection.Execute("""
                INSERT INTO updates (update_id, chat_id, payload, received_at) VALUES (@id, @chatId, @payload, @at)
                ON CONFLICT (update_id) DO NOTHING;
                """, new { id, chatId, payload, at }, transaction);
            if (inserted > 0) fresh.Add(new StoredUpdate(id, chatId, payload, UpdateStatus.Pending, 0));
        }
        var next = received.Max(u => u.Id) + 1;
        connection.Execute("""
            INSERT INTO bot_state (key, value) VALUES ('next_offset', @next)
            ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER));
            """, new { next = next.ToString(CultureInfo.InvariantCulture) }, transaction);
        transaction.Commit();
        return fresh;
    }

    private static long? ChatOf(string payload)
    {
        try
        {
            return ChatOf(JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options)!);
        }
        catch (JsonException)
        {
            return null; // handled (and failed) on its own queue; it holds up no chat
        }
    }

    // The chat an update belongs to: where its replies go and whose queue handles it.
    public static long? ChatOf(Update update) =>
        (update.Message ?? update.EditedMessage)?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id;

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

    public void Complete(long updateId, IReadOnlyList<Reply> replies, UpdateStatus status = UpdateStatus.Done)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var at = Now();
        Insert(connection, transaction, updateId, replies, at);
        connection.Execute("UPDATE updates SET status = @status, handled_at = @at WHERE update_id = @updateId;",
            new { updateId, at, status = Sql(status) }, transaction);
        transaction.Commit();
    }

    // Replies that answer no update: notices to moderators, a correction to the person who asked. Any
    // process may queue them (the command line too); the running bot finds them with QueuedSince.
    public void Queue(IReadOnlyList<Reply> replies)
    {
        if (replies.Count == 0) return;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Insert(connection, transaction, null, replies, Now());
        transaction.Commit();
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, long? updateId, IReadOnlyList<Reply> replies, string at)
    {
        foreach (var reply in replies)
            connection.Execute("""
                INSERT INTO outbox (update_id, chat_id, kind, payload, created_at) VALUES (@updateId, @ChatId, @kind, @payload, @at);
                """, new { updateId, reply.ChatId, kind = Sql(reply.Kind), payload = JsonSerializer.Serialize(reply, JsonBotAPI.Options), at },
                transaction);
    }

    // The chats with replies queued after outbox row `after`, and the last row seen.
    public (IReadOnlyList<long> Chats, long Last) QueuedSince(long after)
    {
        using var connection = database.Open();
        var rows = connection.Query<(long Id, long ChatId, string Status)>(
            "SELECT id, chat_id, status FROM outbox WHERE id > @after ORDER BY id;", new { after }).AsList();
        return (rows.Where(r => r.Status == "pending").Select(r => r.ChatId).Distinct().ToList(), rows.Count == 0 ? after : rows[^1].Id);
    }

    // Counts a failed attempt; after the last one the update is marked failed and left alone.
    public long CountFailure(long updateId, string error, int maxAttempts)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("""
            UPDATE updates SET attempts = attempts + 1, error = @error,
                status = CASE WHEN attempts + 1 >= @maxAttempts THEN 'failed' ELSE status END
            WHERE update_id = @updateId
            RETURNING attempts;
            """, new { updateId, error, maxAttempts });
    }

    public IReadOnlyList<QueuedReply> PendingReplies(long? chatId = null)
    {
        using var connection = database.Open();
        return connection.Query<OutboxRow>("""
            SELECT id, payload, attempts FROM outbox
            WHERE status = 'pending' AND (@chatId IS NULL OR chat_id = @chatId)
            ORDER BY id;
            """, new { chatId })
            .Select(row => new QueuedReply(row.Id, JsonSerializer.Deserialize<Reply>(row.Payload, JsonBotAPI.Options)!, row.Attempts))
            .ToList();
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
        connection.Execute("""
            UPDATE outbox SET chat_id = @toChat, payload = json_set(payload, '$.chat_id', @toChat)
            WHERE chat_id = @fromChat AND status = 'pending';
            """, new { fromChat, toChat }, transaction);
        transaction.Commit();
    }

    // The chat's id now, after any move to a supergroup.
    public long CurrentChat(long chatId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>("SELECT migrated_to FROM chat_migrations WHERE chat_id = @chatId;", new { chatId }) ?? chatId;
    }

    // /forget: what the user sent (kept as Telegram sent it) and what was sent to them privately lose their
    // text; in groups, replies lose the quote of their words. Updates still to be handled are left alone.
    public void Forget(long userId)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            UPDATE outbox SET payload = json_remove(payload, '$.quote')
            WHERE update_id IN (SELECT update_id FROM updates WHERE json_extract(payload, '$.message.from.id') = @userId);
            UPDATE updates SET payload = json_object('update_id', update_id)
            WHERE status <> 'pending' AND (chat_id = @userId OR json_extract(payload, '$.message.from.id') = @userId
                                           OR json_extract(payload, '$.callback_query.from.id') = @userId);
            UPDATE outbox SET payload = json_set(payload, '$.html', '') WHERE status <> 'pending' AND chat_id = @userId;
            """, new { userId }, transaction);
        transaction.Commit();
    }

    // Moderation:RetentionDays: the same for private chats, for everything before then.
    public void ForgetPrivateBefore(DateTimeOffset before)
    {
        using var connection = database.Open();
        connection.Execute("""
            UPDATE updates SET payload = json_object('update_id', update_id)
            WHERE status <> 'pending' AND chat_id > 0 AND received_at < @before AND json_extract(payload, '$.message') IS NOT NULL;
            UPDATE outbox SET payload = json_set(payload, '$.html', '')
            WHERE status <> 'pending' AND chat_id > 0 AND created_at < @before AND json_extract(payload, '$.html') <> '';
            """, new { before = Timestamp.Of(before) });
    }

    private static string Sql<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private string Now() => Timestamp.Now(time);
}
