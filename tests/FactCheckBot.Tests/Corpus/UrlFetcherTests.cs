using System.Text;
using FactCheckBot.Corpus;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Corpus;

public sealed class UrlFetcherTests
{
    private const string Html = """
        <html><head><meta property="og:site_name" content="Loopback Times"><meta property="og:title" content="Port closed"></head>
        <body><article><p>The port authority said the harbour would stay closed until Monday because of the storm.</p></article></body></html>
        """;

    private static Task<LoopbackServer> Serve(string body, string contentType = "text/html; charset=utf-8", int delayMs = 0, int status = 200) =>
        LoopbackServer.StartAsync(async context =>
        {
            if (delayMs > 0) await Task.Delay(delayMs, context.RequestAborted);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });

    private static TestApp App(bool allowPrivate, int maxBytes = 5_000_000, int timeout = 20) => new(new Dictionary<string, string?>
    {
        ["Sources:AllowPrivateHosts"] = allowPrivate ? "true" : "false",
        ["Sources:MaxBytes"] = maxBytes.ToString(),
        ["Sources:FetchTimeoutSeconds"] = timeout.ToString(),
    });

    [Fact]
    public async Task An_article_is_fetched_over_http_with_its_meta_tags()
    {
        await using var server = await Serve(Html);
        using var app = App(allowPrivate: true);
        var result = await app.Get<Ingestor>().AddUrlAsync(new Uri(server.BaseUri, "story").ToString(), SourceHints.None, "test", default);
        var row = app.Get<SourceStore>().Get(result.SourceId)!;
        Assert.Equal(("Loopback Times", "Port closed"), (row.Outlet, row.Title));
        Assert.Equal(new Uri(server.BaseUri, "story").ToString(), row.Url);
    }

    [Fact]
    public async Task Loopback_addresses_are_refused_unless_allowed()
    {
        await using var server = await Serve(Html);
        using var app = App(allowPrivate: false);
        var before = app.Get<SourceStore>().List().Count;
        var error = await Assert.ThrowsAsync<InputException>(() =>
            app.Get<Ingestor>().AddUrlAsync(server.BaseUri.ToString(), SourceHints.None, "test", default));
        Assert.Contains("private or loopback", error.Message);
        Assert.Equal(before, app.Get<SourceStore>().List().Count);
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_refused_too()
    {
        await using var server = await Serve(Html);
        using var app = App(allowPrivate: false);
        var url = $"http://localhost:{server.BaseUri.Port}/";
        var error = await Assert.ThrowsAsync<InputException>(() => app.Get<Ingestor>().AddUrlAsync(url, SourceHints.None, "test", default));
        Assert.Contains("private or loopback", error.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/a.txt")]
    [InlineData("javascript:alert(1)")]
    public async Task Non_http_schemes_are_refused(string url)
    {
        using var app = App(allowPrivate: true);
        await Assert.ThrowsAsync<InputException>(() => app.Get<Ingestor>().AddUrlAsync(url, SourceHints.None, "test", default));
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused()
    {
        await using var server = await Serve("<html><body><p>" + new string('x', 50_000) + "</p></body></html>");
        using var app = App(allowPrivate: true, maxBytes: 10_000);
        var error = await Assert.ThrowsAsync<InputException>(() =>
            app.Get<Ingestor>().AddUrlAsync(server.BaseUri.ToString(), SourceHints.None, "test", default));
        Assert.Contains("larger than the limit", error.Message);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_message()
    {
        await using var server = await Serve(Html, delayMs: 5_000);
        using var app = App(allowPrivate: true, timeout: 1);
        var error = await Assert.ThrowsAsync<InputException>(() =>
            app.Get<Ingestor>().AddUrlAsync(server.BaseUri.ToString(), SourceHints.None, "test", default));
        Assert.Contains("did not answer within 1 seconds", error.Message);
    }

    [Fact]
    public async Task Errors_and_binary_content_are_reported()
    {
        await using var missing = await Serve("gone", status: 404);
        await using var binary = await Serve("PK\u0003\u0004", contentType: "application/zip");
        using var app = App(allowPrivate: true);
        var ingestor = app.Get<Ingestor>();
        Assert.Contains("404", (await Assert.ThrowsAsync<InputException>(() =>
            ingestor.AddUrlAsync(missing.BaseUri.ToString(), SourceHints.None, "test", default))).Message);
        Assert.Contains("application/zip", (await Assert.ThrowsAsync<InputException>(() =>
            ingestor.AddUrlAsync(binary.BaseUri.ToString(), SourceHints.None, "test", default))).Message);
    }

    [Fact]
    public async Task A_busy_server_is_asked_again_after_the_pause_it_asks_for()
    {
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "1";
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Html);
        });
        using var app = App(allowPrivate: true);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await app.Get<Ingestor>().AddUrlAsync(server.BaseUri.ToString(), SourceHints.None, "test", default);
        Assert.Equal("Loopback Times", result.Outlet);
        Assert.Equal(2, requests);
        Assert.True(started.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {started.Elapsed}");
    }

    [Fact]
    public async Task A_host_that_keeps_failing_is_not_asked_again_for_a_while()
    {
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var app = App(allowPrivate: true);
        var ingestor = app.Get<Ingestor>();
        await Assert.ThrowsAsync<InputException>(() => ingestor.AddUrlAsync(server.BaseUri.ToString(), SourceHints.None, "test", default));
        var asked = requests;
        Assert.InRange(asked, 2, 3);
        var error = await Assert.ThrowsAsync<InputException>(() => ingestor.AddUrlAsync(server.BaseUri.ToString(), SourceHints.None, "test", default));
        Assert.Contains("failed repeatedly", error.Message);
        Assert.Equal(asked, requests);
    }
}
