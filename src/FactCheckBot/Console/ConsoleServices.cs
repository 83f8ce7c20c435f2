using FactCheckBot.Cli;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.WebConsole.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.WebConsole;

public static class ConsolePolicies
{
    public const string Moderator = "moderator";
    public const string Admin = "admin";
}

public static class ConsoleServices
{
    // Sign-in links and the /console command always (the bot and the CLI hand out links); the web
    // server and its pages only when a console is served. Call after AddTelegramBot: the console
    // alone runs without the bot's polling.
    public static WebApplicationBuilder AddConsole(this WebApplicationBuilder builder, HostSettings settings)
    {
        var section = ConsoleOptions.SectionName;
        if (settings.ConsoleUrls is not null) builder.Configuration[$"{section}:Urls"] = settings.ConsoleUrls;
        var services = builder.Services;
        services.AddSettings<ConsoleOptions>(section);
        services.AddSingleton<IValidateOptions<ConsoleOptions>, OptionsCheck>();
        services.AddSingleton<ConsoleLinks>();
        services.AddSingleton<ConsoleLinkCommand>();
        services.AddSingleton<ConsoleModeration>();
        services.AddSingleton<Answers.CorrectionFanOut>();

        var urls = builder.Configuration[$"{section}:Urls"];
        var serve = settings.ConsoleOnly || settings.Service && !string.IsNullOrWhiteSpace(urls); // `console`, or `run` with Console:Urls
        if (!serve)
        {
            builder.WebHost.UseServer(new NoServer());
            return builder;
        }
        // The console alone does not talk to Telegram: what it queues (a correction for the asker, notices to
        // moderators) waits in the outbox for the running bot to send.
        if (settings.ConsoleOnly)
            foreach (var bot in services.Where(d => d.ServiceType == typeof(IHostedService)
                         && (d.ImplementationType == typeof(PollingService) || d.ImplementationType == typeof(OutboxWatcher))).ToList())
                services.Remove(bot);
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? ConsoleOptions.DefaultUrl : urls);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "factcheck-console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ConsoleUser.ValidateAsync;
            // A moderator on an admin's page gets a plain 403 page, not a redirect to a sign-in they already did.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<ConsoleOptions>>((o, console) => o.ExpireTimeSpan = TimeSpan.FromHours(console.Value.SessionHours));
        services.AddAuthorization(o =>
        {
            o.AddPolicy(ConsolePolicies.Moderator, p => p.RequireAuthenticatedUser().RequireRole(ConsoleUser.Moderator, ConsoleUser.Admin));
            o.AddPolicy(ConsolePolicies.Admin, p => p.RequireAuthenticatedUser().RequireRole(ConsoleUser.Admin));
            // Every page and endpoint needs a signed-in moderator unless it says otherwise.
            o.FallbackPolicy = o.GetPolicy(ConsolePolicies.Moderator);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "factcheck-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every response
        });
        services.AddDataProtection().SetApplicationName("FactCheckBot");
        services.AddOptions<KeyManagementOptions>()
            .Configure<Database, TimeProvider>((o, database, time) => o.XmlRepository = new DatabaseKeyRing(database, time));
        // The keys are stored as the rest of the data is, unencrypted in the database file: say so once, in the README, not on every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Console";
            o.Conventions.AllowAnonymousToFolder("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Status");
            o.Conventions.AuthorizePage("/Sources/Add", ConsolePolicies.Admin);
            o.Conventions.AuthorizePage("/Sources/Remove", ConsolePolicies.Admin);
            o.Conventions.AuthorizePage("/Aliases/Add", ConsolePolicies.Admin);
            o.Conventions.AuthorizePage("/Aliases/Remove", ConsolePolicies.Admin);
        });
        // A TLS-terminating proxy on this machine says the request came over https (only loopback proxies are believed),
        // so the cookies are Secure behind it.
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddSingleton<IStartupFilter, ConsolePipeline>();
        services.AddHostedService<ConsoleAnnouncer>();
        return builder;
    }

    // Runs the host until stopped; a console address another program holds is a plain message, not a crash.
    public static async Task ServeAsync(this IHost host, CancellationToken cancellationToken)
    {
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new InputException($"The console cannot listen there: {ex.Message} Is another factcheck console running? " +
                "Choose another address with --urls or Console:Urls, such as http://127.0.0.1:5081.");
        }
    }

    private sealed class OptionsCheck : IValidateOptions<ConsoleOptions>
    {
        public ValidateOptionsResult Validate(string? name, ConsoleOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }

    // The host is a web application either way; when no console is served, nothing listens.
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
            Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
