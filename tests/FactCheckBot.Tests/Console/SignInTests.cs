using System.Net;
using Dapper;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using FactCheckBot.WebConsole.SignIn;

namespace FactCheckBot.Tests.Console;

public sealed class SignInTests
{
    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_get_no_data()
    {
        using var console = new ConsoleFactory();
        var browser = console.Browser();
        foreach (var path in new[] { "/", "/answers/1", "/sources", "/sources/add", "/aliases", "/stats", "/stats?handler=Csv", "/no-such-page" })
        {
            var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }
        var signIn = await browser.GetStringAsync("/signin");
        Assert.Contains("send <code>/console</code> to the bot", signIn);
        Assert.Contains("factcheck console link --user", signIn);
    }

    [Fact]
    public async Task A_link_signs_in_once()
    {
        using var console = new ConsoleFactory();
        var link = console.Get<ConsoleLinks>().Create(ConsoleFactory.Moderator).Url;
        var browser = console.Browser();

        // Opening the link (as a link preview would) does not use it up; a second tab shows it too.
        var preview = await browser.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains($"signs in Telegram user <strong>{ConsoleFactory.Moderator}</strong> as <strong>moderator</strong>", preview);
        var again = console.Browser();
        var secondTab = await again.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.Found, (await browser.PressSignInAsync(link, preview)).StatusCode);
        var queue = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains($"User {ConsoleFactory.Moderator} (moderator)", await queue.Content.ReadAsStringAsync());

        var reused = await again.PressSignInAsync(link, secondTab);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("has been used already", await reused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Found, (await again.GetAsync("/")).StatusCode);
        var opened = await again.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.DoesNotContain("<button type=\"submit\">Sign in</button>", await opened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_expired_link_does_not_sign_in()
    {
        var clock = new ManualTime(DateTimeOffset.UtcNow);
        using var console = new ConsoleFactory(clock);
        var link = console.Get<ConsoleLinks>().Create(ConsoleFactory.Admin).Url;
        var browser = console.Browser();
        var openedInTime = await browser.GetStringAsync(new Uri(link).PathAndQuery);
        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var page = await browser.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("more than 10 minutes old", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PressSignInAsync(link, openedInTime)).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_made_up_or_mangled_token_does_not_sign_in()
    {
        using var console = new ConsoleFactory();
        var link = console.Get<ConsoleLinks>().Create(ConsoleFactory.Moderator).Url;
        var browser = console.Browser();
        var page = await browser.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PressSignInAsync(link[..^1] + (link[^1] == 'A' ? 'B' : 'A'), page)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PressSignInAsync("http://localhost/signin?token=x", page)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/signin?token=%3Cscript%3E")).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await browser.PressSignInAsync(link, page)).StatusCode);
    }

    [Fact]
    public void Only_moderators_and_admins_get_a_link_and_only_a_hash_of_it_is_kept()
    {
        using var console = new ConsoleFactory();
        var links = console.Get<ConsoleLinks>();
        var refused = Assert.Throws<InputException>(() => links.Create(ConsoleFactory.Stranger));
        Assert.Contains("is not a moderator or admin", refused.Message);

        var link = links.Create(ConsoleFactory.Admin);
        var token = link.Url[(link.Url.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        using var connection = console.Get<Database>().Open();
        var stored = connection.QuerySingle<(string Hash, long UserId, string Role)>("SELECT token_hash, user_id, role FROM console_links;");
        Assert.NotEqual(token, stored.Hash);
        Assert.DoesNotContain(token, stored.Hash);
        Assert.Equal((ConsoleFactory.Admin, "admin"), (stored.UserId, stored.Role));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT count(*) FROM audit WHERE action = 'console link';"));
    }

    [Fact]
    public async Task A_revoked_moderator_is_signed_out_at_once()
    {
        using var console = new ConsoleFactory();
        console.Get<Roles>().Grant(2001, "moderator", ConsoleFactory.Admin);
        var browser = await console.SignedInAsync(2001);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        console.Get<Roles>().Revoke(2001);
        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_lax_and_secure_over_https()
    {
        using var console = new ConsoleFactory();
        var link = console.Get<ConsoleLinks>().Create(ConsoleFactory.Moderator).Url;
        var response = await console.Browser(https: true).SignInAsync(link);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck-console=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        var plain = await console.Browser().SignInAsync(console.Get<ConsoleLinks>().Create(ConsoleFactory.Moderator).Url);
        Assert.DoesNotContain("secure", Assert.Single(plain.Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck-console=", StringComparison.Ordinal)),
            StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var console = new ConsoleFactory();
        var browser = await console.SignedInAsync(ConsoleFactory.Admin);
        var response = await browser.PostFormAsync("/", "/signout", []);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_session_survives_a_restart_on_the_same_database()
    {
        var folder = TempFolder.Create();
        try
        {
            var database = Path.Combine(folder, "shared.db");
            string cookie;
            using (var first = new ConsoleFactory(databasePath: database))
            {
                var signIn = await first.Browser().SignInAsync(first.Get<ConsoleLinks>().Create(ConsoleFactory.Moderator).Url);
                cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck-console=", StringComparison.Ordinal)).Split(';')[0];
            }
            using var second = new ConsoleFactory(databasePath: database);
            var browser = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            browser.DefaultRequestHeaders.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }
}
