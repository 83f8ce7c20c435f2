using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FactCheckBot.Corpus;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Console;

// Sources and name variants from the console: the same ingest and stores as the CLI and /addsource.
public sealed class CorpusPagesTests
{
    private const string Article = """
        Drones struck an oil depot near Belgorod overnight, the regional governor said on Tuesday.
        Firefighters put out the blaze by morning and nobody was hurt, according to the emergency services.
        """;

    private static MultipartFormDataContent Upload(string page, string fileName, string body, Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(ConsoleBrowsing.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", fileName);
        return form;
    }

    [Fact]
    public async Task An_admin_adds_a_source_as_a_file_and_it_is_searchable()
    {
        using var console = new ConsoleFactory();
        var admin = await console.SignedInAsync(ConsoleFactory.Admin);
        var page = await admin.GetStringAsync("/sources/add");

        var response = await admin.PostAsync("/sources/add", Upload(page, "depot.txt", Article,
            new() { ["Outlet"] = "Belgorod Daily", ["Title"] = "Depot fire", ["Published"] = "2023-05-30" }));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var source = Assert.Single(console.Get<SourceStore>().List(), s => s.Outlet == "Belgorod Daily");
        Assert.Equal(("depot.txt", "Depot fire", "2023-05-30", $"console:{ConsoleFactory.Admin}"), (source.Origin, source.Title, source.Published, source.AddedBy));
        var list = await admin.GetStringAsync("/sources");
        Assert.Contains($"Added source #{source.Id} (Belgorod Daily: Depot fire)", list);

        var answer = await console.Get<FactCheckBot.Answering.AnswerService>().AskAsync("Did drones hit an oil depot?", new());
        Assert.Contains(answer.Citations, c => c.SourceId == source.Id);
    }

    [Fact]
    public async Task A_bad_upload_is_explained_and_what_was_typed_stays()
    {
        using var console = new ConsoleFactory();
        var admin = await console.SignedInAsync(ConsoleFactory.Admin);
        var before = console.Get<SourceStore>().List().Count;
        var page = await admin.GetStringAsync("/sources/add");

        var noOutlet = await admin.PostAsync("/sources/add", Upload(page, "depot.txt", Article, new() { ["Title"] = "Depot fire" }));
        Assert.Equal(HttpStatusCode.BadRequest, noOutlet.StatusCode);
        var text = await noOutlet.Content.ReadAsStringAsync();
        Assert.Contains("Name the outlet that published depot.txt.", text);
        Assert.Contains("value=\"Depot fire\"", text);

        var pdf = await admin.PostAsync("/sources/add", Upload(page, "depot.pdf", Article, new() { ["Outlet"] = "X" }));
        Assert.Contains(".pdf files are not supported", await pdf.Content.ReadAsStringAsync());
        var badDate = await admin.PostAsync("/sources/add", Upload(page, "depot.txt", Article, new() { ["Outlet"] = "X", ["Published"] = "30/05/2023" }));
        Assert.Contains("is not of the form YYYY-MM-DD", await badDate.Content.ReadAsStringAsync());
        var neither = await admin.PostAsync("/sources/add", page, new() { ["Outlet"] = "X" });
        Assert.Contains("Give either a link or a file.", await neither.Content.ReadAsStringAsync());
        Assert.Equal(before, console.Get<SourceStore>().List().Count);
    }

    [Fact]
    public async Task An_admin_adds_a_source_by_its_link()
    {
        await using var site = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"""
                <html><head><title>Depot fire</title><meta property="og:site_name" content="Belgorod Daily"></head>
                <body><article><h1>Depot fire</h1><p>{Article}</p></article></body></html>
                """);
        });
        using var console = new ConsoleFactory(settings: new Dictionary<string, string?> { ["Sources:AllowPrivateHosts"] = "true" });
        var admin = await console.SignedInAsync(ConsoleFactory.Admin);
        var response = await admin.PostFormAsync("/sources/add", "/sources/add", new() { ["Link"] = new Uri(site.BaseUri, "depot").ToString() });
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains(console.Get<SourceStore>().List(), s => s.Url == new Uri(site.BaseUri, "depot").ToString());
    }

    [Fact]
    public async Task Removing_a_source_asks_first_and_says_what_goes()
    {
        using var console = new ConsoleFactory();
        await console.Get<FactCheckBot.Answering.AnswerService>().AskAsync("How many people were injured?", new());
        var source = console.Get<SourceStore>().List()[0];
        var admin = await console.SignedInAsync(ConsoleFactory.Admin);

        var confirm = await admin.GetStringAsync($"/sources/{source.Id}/remove");
        Assert.Contains($"Remove source #{source.Id}?", confirm);
        Assert.Contains($"<dt>Passages</dt><dd>{source.Passages}</dd>", confirm);
        Assert.Contains("logged answers", confirm);
        Assert.NotNull(console.Get<SourceStore>().Get(source.Id));

        var removed = await admin.PostAsync($"/sources/{source.Id}/remove", confirm, []);
        Assert.Equal(HttpStatusCode.Found, removed.StatusCode);
        Assert.Null(console.Get<SourceStore>().Get(source.Id));
        Assert.Contains($"Removed source #{source.Id}", await admin.GetStringAsync("/sources"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/sources/{source.Id}/remove")).StatusCode);
    }

    [Fact]
    public async Task The_sources_list_shows_outlets_passages_and_times_cited()
    {
        using var console = new ConsoleFactory();
        var answer = await console.Get<FactCheckBot.Answering.AnswerService>().AskAsync("How many people were injured?", new());
        var cited = answer.Citations[0].SourceId;
        var moderator = await console.SignedInAsync(ConsoleFactory.Moderator);
        var list = await moderator.GetStringAsync("/sources");
        Assert.Contains("Uganda Online Media", list);
        Assert.Contains("BBC News", list);
        var row = list[list.IndexOf($"<td class=\"num\">{cited}</td>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("<td class=\"num\">1</td>", row);
    }

    [Fact]
    public async Task Admins_add_and_remove_name_variants()
    {
        using var console = new ConsoleFactory();
        var admin = await console.SignedInAsync(ConsoleFactory.Admin);
        var added = await admin.PostFormAsync("/aliases", "/aliases/add", new() { ["Name"] = "Hladkov", ["Variants"] = "Gladkov, Hladkow" });
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        var aliases = console.Get<AliasStore>().List().Where(a => a.Name == "Hladkov").ToList();
        Assert.Equal(["Gladkov", "Hladkow"], aliases.Select(a => a.Variant).Order());
        Assert.Contains("Added 2 variant(s) of Hladkov.", await admin.GetStringAsync("/aliases"));

        var empty = await admin.PostFormAsync("/aliases", "/aliases/add", new() { ["Name"] = "Hladkov", ["Variants"] = " , " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Give at least one variant", await empty.Content.ReadAsStringAsync());

        var confirm = await admin.GetStringAsync($"/aliases/{aliases[0].Id}/remove");
        Assert.Contains("<strong>Gladkov</strong> as a variant of <strong>Hladkov</strong>", confirm);
        Assert.Equal(HttpStatusCode.Found, (await admin.PostAsync($"/aliases/{aliases[0].Id}/remove", confirm, [])).StatusCode);
        Assert.DoesNotContain(console.Get<AliasStore>().List(), a => a.Id == aliases[0].Id);
    }
}
