using System.Net;
using System.Text.RegularExpressions;
using FactCheckBot.Cli;
using FactCheckBot.Corpus;
using FactCheckBot.WebConsole.SignIn;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Support;

// The web console in memory: the real program's host (Program.BuildHost, as `factcheck console`
// builds it) on a fresh SQLite file, with a test server instead of Kestrel.
public sealed partial class ConsoleFactory : WebApplicationFactory<Program>
{
    public const long Admin = 1001;
    public const long Moderator = 1002;
    public const long Stranger = 1003;

    private readonly string folder;

    public ConsoleFactory(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null, string? databasePath = null)
    {
        folder = TempFolder.Create();
        DatabasePath = databasePath ?? Path.Combine(folder, "console.db");
        Clock = clock;
        Settings = new Dictionary<string, string?>
        {
            ["Telegram:AdminIds:0"] = Admin.ToString(),
            ["Telegram:ModeratorIds:0"] = Moderator.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) Settings[key] = value;
    }

    public string DatabasePath { get; }

    public TimeProvider? Clock { get; }

    public Dictionary<string, string?> Settings { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    // Unused: the host comes from Program.BuildHost in CreateHost (the program's entry point is its command line).
    protected override IHostBuilder CreateHostBuilder() => new HostBuilder();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = Program.BuildHost(new HostSettings(DatabasePath, null, Verbose: false, Service: true)
        {
            ConsoleOnly = true,
            Overrides = Settings,
            Customize = web =>
            {
                web.WebHost.UseTestServer();
                if (Clock is not null) web.Services.AddSingleton(Clock);
            },
        });
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        host.Services.GetRequiredService<DefaultCorpus>().EnsureReady();
        host.Start();
        return host;
    }

    public HttpClient Browser(bool https = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    // A browser signed in with a fresh one-time link for this user.
    public async Task<HttpClient> SignedInAsync(long userId, bool https = false)
    {
        var client = Browser(https);
        var response = await client.SignInAsync(Get<ConsoleLinks>().Create(userId).Url);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.Delete(folder);
    }
}

// A browser's steps against the console: open a page, send one of its forms with the page's antiforgery token.
public static partial class ConsoleBrowsing
{
    // Opens the link, then presses its Sign in button.
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string link) =>
        await client.PressSignInAsync(link, await client.GetStringAsync(new Uri(link).PathAndQuery));

    // Presses Sign in on a link's page opened earlier.
    public static Task<HttpResponseMessage> PressSignInAsync(this HttpClient client, string link, string page) =>
        client.PostAsync("/signin", page, new() { ["token"] = Regex.Match(link, "token=([^&]+)").Groups[1].Value });

    // Opens `page` (for its antiforgery token and cookie), then posts the fields to `action`.
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, Dictionary<string, string> fields) =>
        await client.PostAsync(action, await client.GetStringAsync(page), fields);

    // Posts the fields to `action` with the antiforgery token of a page opened earlier.
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string action, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no antiforgery token in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
