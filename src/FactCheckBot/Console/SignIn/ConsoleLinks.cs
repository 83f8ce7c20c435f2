using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using Microsoft.Extensions.Options;

namespace FactCheckBot.WebConsole.SignIn;

public sealed record SignInLink(string Url, DateTimeOffset ExpiresAt);

public sealed record LinkHolder(long UserId, Role Role);

// One-time sign-in links for moderators and admins: a random token, stored only as its hash,
// bound to one user and the role they had when it was made, good for ten minutes and one use.
public sealed class ConsoleLinks(Database database, Roles roles, IOptions<ConsoleOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public SignInLink Create(long userId)
    {
        var role = roles.Of(userId);
        if (role < Role.Moderator)
        {
            roles.Audit(userId, null, "console link", allowed: false);
            throw new InputException($"User {userId} is not a moderator or admin, so gets no console link. " +
                $"An admin can make them a moderator with: factcheck roles grant {userId} moderator");
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var expires = now + Lifetime;
        using (var connection = database.Open())
        {
            using var transaction = connection.BeginTransaction();
            // Links a day past their expiry are of no use to anyone, not even to explain a refusal.
            connection.Execute("DELETE FROM console_links WHERE expires_at < @before;",
                new { before = Timestamp.Of(now - TimeSpan.FromDays(1)) }, transaction);
            connection.Execute("""
                INSERT INTO console_links (token_hash, user_id, role, created_at, expires_at)
                VALUES (@hash, @userId, @role, @createdAt, @expiresAt);
                """, new { hash = Hash(token), userId, role = Name(role), createdAt = Timestamp.Of(now), expiresAt = Timestamp.Of(expires) },
                transaction);
            transaction.Commit();
        }
        roles.Audit(userId, null, "console link", allowed: true);
        return new SignInLink($"{options.Value.LinkBase()}/signin?token={token}", expires);
    }

    // Who a link would sign in, without using it up (a link preview or a second look at the page).
    public LinkHolder? Peek(string? token)
    {
        if (!WellFormed(token)) return null;
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<(long UserId, string Role)?>("""
            SELECT user_id, role FROM console_links WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @now;
            """, new { hash = Hash(token!), now = Timestamp.Now(time) });
        return row is { } r ? Holder(r.UserId, r.Role) : null;
    }

    // Uses the link up: the same token never signs anyone in twice, even when two requests race.
    public LinkHolder? Redeem(string? token)
    {
        if (!WellFormed(token)) return null;
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<(long UserId, string Role)?>("""
            UPDATE console_links SET used_at = @now
            WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @now
            RETURNING user_id, role;
            """, new { hash = Hash(token!), now = Timestamp.Now(time) });
        var holder = row is { } r ? Holder(r.UserId, r.Role) : null;
        if (row is { } used) roles.Audit(used.UserId, null, "console sign-in", allowed: holder is not null);
        return holder;
    }

    // The role a link (or a session made from one) carries now: never more than it was made with,
    // and no more than the user still has. Below moderator it is worth nothing.
    public LinkHolder? Holder(long userId, string role)
    {
        var granted = Parse(role);
        var now = roles.Of(userId);
        var effective = granted < now ? granted : now;
        return effective >= Role.Moderator ? new LinkHolder(userId, effective) : null;
    }

    public static string Name(Role role) => role.ToString().ToLowerInvariant();

    private static Role Parse(string role) => Enum.TryParse<Role>(role, ignoreCase: true, out var parsed) ? parsed : Role.User;

    // 32 random bytes in base64url are 43 characters; anything else was never a token.
    private static bool WellFormed(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
