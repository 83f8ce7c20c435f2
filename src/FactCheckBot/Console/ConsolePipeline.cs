using System.Reflection;
using FactCheckBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.WebConsole;

// The console's request pipeline, set up by AddConsole so Program.cs stays a list of features:
// a local proxy's word on https, plain error pages, security headers, cookie sign-in, the moderator check, then the pages.
public sealed class ConsolePipeline : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(SecurityHeaders);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapRazorPages();
            endpoints.MapGet("/console.css", () => Results.Text(Stylesheet.Value, "text/css")).AllowAnonymous();
        });
        next(app);
    };

    // No scripts at all, styles only from the console itself, never inside a frame, and no
    // Referer header that could carry a sign-in token elsewhere. Pages hold private questions: not cached.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-cache, no-store"; // as antiforgery wants it on every page with a form
        return next(context);
    }

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("console.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

// Says where the console is once it listens (the port is the system's pick with :0) and how to get in.
public sealed class ConsoleAnnouncer(
    IServer server, IHostApplicationLifetime lifetime, Roles roles, IOptions<ConsoleOptions> options, ILogger<ConsoleAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            logger.LogInformation("Web console listening on {Addresses}; sign-in links point to {LinkBase}. " +
                "Get one with /console in a private chat with the bot, or: factcheck console link --user TELEGRAM_ID",
                string.Join(", ", addresses), options.Value.LinkBase());
            if (roles.Holders().Count == 0)
                logger.LogWarning("Nobody is a moderator or admin yet, so nobody can sign in: factcheck roles grant TELEGRAM_ID moderator, " +
                    "or set Telegram:AdminIds");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
