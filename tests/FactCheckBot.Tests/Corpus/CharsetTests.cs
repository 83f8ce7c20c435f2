using System.Text;
using FactCheckBot.Corpus;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Corpus;

// Pages in older Cyrillic encodings read as Cyrillic, whether the charset comes from the HTTP
// header or from the page itself.
public sealed class CharsetTests
{
    private const string Sentence = "Губернатор Вячеслав Гладков сообщил, что восемь человек были ранены во время атаки.";

    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string encoding, string meta) => Encoding.GetEncoding(encoding).GetBytes($"""
        <html><head>{meta}<title>Белгород: атака</title><meta property="og:site_name" content="Новости"></head>
        <body><article><p>{Sentence}</p><p>Жителей приграничных сёл эвакуировали в Белгород.</p></article></body></html>
        """);

    private static Task<LoopbackServer> Serve(byte[] body, string contentType) =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

    private sealed record Stored(string Outlet, string? Title, string Text);

    private static async Task<Stored> Fetch(byte[] body, string contentType)
    {
        await using var server = await Serve(body, contentType);
        using var app = new TestApp(new Dictionary<string, string?> { ["Sources:AllowPrivateHosts"] = "true" });
        var result = await app.Get<Ingestor>().AddUrlAsync(new Uri(server.BaseUri, "story").ToString(), SourceHints.None, "test", default);
        var store = app.Get<SourceStore>();
        var row = store.Get(result.SourceId)!;
        return new Stored(row.Outlet, row.Title, store.GetText(result.SourceId)!);
    }

    [Fact]
    public async Task The_charset_in_the_HTTP_header_is_used()
    {
        var row = await Fetch(Page("windows-1251", ""), "text/html; charset=windows-1251");
        Assert.Contains(Sentence, row.Text);
        Assert.Equal(("Новости", "Белгород: атака"), (row.Outlet, row.Title));
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    public async Task Without_a_header_charset_the_page_meta_charset_is_used(string meta)
    {
        var row = await Fetch(Page("windows-1251", meta), "text/html");
        Assert.Contains(Sentence, row.Text);
    }

    [Fact]
    public async Task The_header_wins_over_the_page()
    {
        var row = await Fetch(Page("koi8-r", "<meta charset=\"windows-1251\">"), "text/html; charset=koi8-r");
        Assert.Contains(Sentence, row.Text);
    }

    [Fact]
    public async Task Plain_text_takes_the_header_charset()
    {
        var row = await Fetch(Encoding.GetEncoding("windows-1251").GetBytes(Sentence + "\n\n" + Sentence), "text/plain; charset=windows-1251");
        Assert.StartsWith(Sentence, row.Text);
    }

    [Fact]
    public void An_HTML_file_is_read_in_the_charset_it_declares()
    {
        using var app = new TestApp();
        var file = Path.Combine(app.Folder, "story.html");
        File.WriteAllBytes(file, Page("windows-1251", "<meta charset=\"windows-1251\">"));
        var result = app.Get<Ingestor>().AddPath(file, SourceHints.None, "test").Single();
        Assert.Contains(Sentence, app.Get<SourceStore>().GetText(result.SourceId));
    }
}
