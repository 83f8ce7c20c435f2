using System.Net;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Console;

public sealed class SecurityTests
{
    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_gets_400_and_changes_nothing()
    {
        using var console = new ConsoleFactory();
        var id = (await console.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker(5, 5))).LogId;
        var browser = await console.SignedInAsync(ConsoleFactory.Admin);

        var approve = await browser.PostAsync($"/answers/{id}?handler=Approve", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, approve.StatusCode);
        var page = await approve.Content.ReadAsStringAsync();
        Assert.Contains("That form could not be accepted", page);
        Assert.DoesNotContain("Exception", page);
        Assert.Null(console.Get<FactCheckBot.Answering.AnswerLog>().Get(id)!.ReviewStatus);

        var forged = await browser.PostAsync("/aliases/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Kyiv", ["Variants"] = "Kyjiw", ["__RequestVerificationToken"] = "made-up",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(console.Get<AliasStore>().List(), a => a.Variant == "Kyjiw");

        var signIn = await console.Browser().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var console = new ConsoleFactory();
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);
        foreach (var path in new[] { "/", "/signin", "/stats", "/no-such-page" })
        {
            var response = await browser.GetAsync(path);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("default-src 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task Moderators_cannot_do_what_only_admins_may()
    {
        using var console = new ConsoleFactory();
        var moderator = await console.SignedInAsync(ConsoleFactory.Moderator);
        var sources = console.Get<SourceStore>().List();
        var aliases = console.Get<AliasStore>().List();

        foreach (var page in new[] { "/sources/add", $"/sources/{sources[0].Id}/remove", "/aliases/add", $"/aliases/{aliases[0].Id}/remove" })
        {
            var response = await moderator.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("For admins only", await response.Content.ReadAsStringAsync());
        }
        // Forms posted with a valid token from a page the moderator may see are refused just the same.
        var queue = await moderator.GetStringAsync("/");
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.PostAsync($"/sources/{sources[0].Id}/remove", queue, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.PostAsync("/aliases/add", queue, new() { ["Name"] = "Kyiv", ["Variants"] = "Kyjiw" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.PostAsync($"/aliases/{aliases[0].Id}/remove", queue, [])).StatusCode);
        Assert.Equal(sources.Count, console.Get<SourceStore>().List().Count);
        Assert.Equal(aliases.Count, console.Get<AliasStore>().List().Count);

        // Moderators see the lists, without the admins' buttons.
        var list = await moderator.GetStringAsync("/sources");
        Assert.Contains(sources[0].Outlet, list);
        Assert.DoesNotContain("Add a source", list);
        Assert.DoesNotContain("Remove…", list);
        var admin = await console.SignedInAsync(ConsoleFactory.Admin);
        Assert.Contains("Remove…", await admin.GetStringAsync("/sources"));
    }

    [Fact]
    public async Task A_failure_shows_a_plain_page_without_details()
    {
        using var console = new ConsoleFactory();
        var browser = await console.SignedInAsync(ConsoleFactory.Moderator);
        var missing = await browser.GetAsync("/answers/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("No such page", await missing.Content.ReadAsStringAsync());

        // A log entry that cannot be read: the page says something went wrong, and nothing about how.
        var id = (await console.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker())).LogId;
        using (var connection = console.Get<FactCheckBot.Storage.Database>().Open())
            connection.Execute("UPDATE answers SET evidence_json = '{broken' WHERE id = @id;", new { id });
        var broken = await browser.GetAsync($"/answers/{id}");
        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        var page = await broken.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", page);
        Assert.DoesNotContain("Exception", page);
        Assert.DoesNotContain(" at ", page);
    }
}
