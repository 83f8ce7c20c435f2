using System.Globalization;
using System.Security.Claims;
using FactCheckBot.WebConsole.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.WebConsole;

// Who is signed in to the console: a Telegram user id and the role the sign-in link carried,
// checked against the roles again on every request, so a revoked moderator is out at once.
public static class ConsoleUser
{
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    public static long TelegramId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0", CultureInfo.InvariantCulture);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Admin);

    public static string RoleName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? "";

    public static ClaimsPrincipal Principal(LinkHolder holder) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, holder.UserId.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, $"user {holder.UserId}"),
        new Claim(ClaimTypes.Role, ConsoleLinks.Name(holder.Role)),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var links = context.HttpContext.RequestServices.GetRequiredService<ConsoleLinks>();
        var user = context.Principal;
        if (user is null || !long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id)
            || links.Holder(id, user.RoleName()) is not { } holder)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (ConsoleLinks.Name(holder.Role) != user.RoleName())
        {
            context.ReplacePrincipal(Principal(holder));
            context.ShouldRenew = true;
        }
    }
}
