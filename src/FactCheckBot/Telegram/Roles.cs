using System.Globalization;
using Dapper;
using FactCheckBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

public enum Role
{
    User,
    Moderator,
    Admin,
}

public sealed record RoleRow(long UserId, string Role, long? GrantedBy, string GrantedAt);

// Who may do what. Admins come only from Telegram:AdminIds; moderators from
// Telegram:ModeratorIds or a grant by an admin (stored, revocable). Blocked users may do nothing.
// What staff did, and what others were refused, goes into the audit log.
public sealed class Roles(Database database, IOptions<TelegramOptions> options, TimeProvider time)
{
    public Role Of(long userId)
    {
        var settings = options.Value;
        if (settings.AdminIds.Contains(userId)) return Role.Admin;
        if (settings.ModeratorIds.Contains(userId)) return Role.Moderator;
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>("SELECT role FROM roles WHERE user_id = @userId;", new { userId }) == "moderator"
            ? Role.Moderator : Role.User;
    }

    // Everyone above a plain user, each once with their highest role.
    public IReadOnlyList<(long UserId, Role Role)> Holders()
    {
        var settings = options.Value;
        var holders = new Dictionary<long, Role>();
        foreach (var row in List()) holders[row.UserId] = Role.Moderator;
        foreach (var id in settings.ModeratorIds) holders[id] = Role.Moderator;
        foreach (var id in settings.AdminIds) holders[id] = Role.Admin;
        return holders.Select(h => (h.Key, h.Value)).ToList();
    }

    public IReadOnlyList<RoleRow> List()
    {
        using var connection = database.Open();
        return connection.Query<RoleRow>("SELECT user_id, role, granted_by, granted_at FROM roles ORDER BY user_id;").AsList();
    }

    public void Grant(long userId, string role, long? grantedBy)
    {
        if (role != "moderator") throw new InputException("Only the moderator role can be granted; admins are set in Telegram:AdminIds.");
        if (userId <= 0) throw new InputException("Give a numeric Telegram user id (not a @username).");
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO roles (user_id, role, granted_by, granted_at) VALUES (@userId, @role, @grantedBy, @at)
            ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at;
            """, new { userId, role, grantedBy, at = Now() });
    }

    public bool Revoke(long userId)
    {
        if (options.Value.AdminIds.Contains(userId) || options.Value.ModeratorIds.Contains(userId))
            throw new InputException($"User {userId} has the role from the configuration (Telegram:AdminIds / ModeratorIds); change it there.");
        using var connection = database.Open();
        return connection.Execute("DELETE FROM roles WHERE user_id = @userId;", new { userId }) > 0;
    }

    // A user who floods the bot: their messages and button presses are ignored until unblocked.
    public bool Block(long userId, long? by)
    {
        if (userId <= 0) throw new InputException("Give a numeric Telegram user id (not a @username).");
        if (Of(userId) > Role.User) throw new InputException($"User {userId} is a moderator or an admin; take the role away first.");
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var added = connection.Execute("""
            INSERT INTO blocked_users (user_id, blocked_by, blocked_at) VALUES (@userId, @by, @at) ON CONFLICT DO NOTHING;
            """, new { userId, by, at = Now() }, transaction) > 0;
        if (added) Audit(connection, transaction, by, null, "block", true, userId.ToString(CultureInfo.InvariantCulture));
        transaction.Commit();
        return added;
    }

    public bool Unblock(long userId, long? by)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var removed = connection.Execute("DELETE FROM blocked_users WHERE user_id = @userId;", new { userId }, transaction) > 0;
        if (removed) Audit(connection, transaction, by, null, "unblock", true, userId.ToString(CultureInfo.InvariantCulture));
        transaction.Commit();
        return removed;
    }

    public bool IsBlocked(long userId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM blocked_users WHERE user_id = @userId);", new { userId });
    }

    public void Audit(long? userId, long? chatId, string action, bool allowed, string? detail = null)
    {
        using var connection = database.Open();
        Audit(connection, null, userId, chatId, action, allowed, detail);
    }

    private void Audit(SqliteConnection connection, SqliteTransaction? transaction, long? userId, long? chatId, string action, bool allowed,
        string? detail) =>
        connection.Execute("""
            INSERT INTO audit (at, user_id, chat_id, action, allowed, detail) VALUES (@at, @userId, @chatId, @action, @allowed, @detail);
            """, new { at = Now(), userId, chatId, action, allowed, detail }, transaction);

    private string Now() => Timestamp.Now(time);
}
