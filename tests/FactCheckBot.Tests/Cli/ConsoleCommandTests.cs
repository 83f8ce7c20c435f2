using System.Diagnostics;
using System.Net;
using System.Text;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Cli;

public sealed class ConsoleCommandTests : IDisposable
{
    private readonly string folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(folder);

    private Task<FactcheckProcess.Result> Factcheck(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        FactcheckProcess.RunAsync(folder, ["--db", Path.Combine(folder, "f.db"), .. args], environment: environment);

    private static readonly Dictionary<string, string> AdminIs42 = new() { ["Telegram__AdminIds__0"] = "42" };

    [Fact]
    public async Task A_link_is_printed_for_a_moderator_or_admin_and_refused_to_anyone_else()
    {
        var link = await Factcheck(AdminIs42, "console", "link", "--user", "42");
        Assert.Equal(0, link.ExitCode);
        Assert.Matches(@"^http://127\.0\.0\.1:5080/signin\?token=[A-Za-z0-9_-]{43}\n$", link.Stdout);
        Assert.Contains("works once", link.Stderr);

        var elsewhere = await Factcheck(AdminIs42, "console", "link", "--user", "42", "--urls", "http://127.0.0.1:5099");
        Assert.StartsWith("http://127.0.0.1:5099/signin?token=", elsewhere.Stdout);
        var published = await Factcheck(new Dictionary<string, string>(AdminIs42) { ["Console__PublicUrl"] = "https://factcheck.example.org/" }, "console", "link", "--user", "42");
        Assert.StartsWith("https://factcheck.example.org/signin?token=", published.Stdout);

        var refused = await Factcheck(AdminIs42, "console", "link", "--user", "7");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("", refused.Stdout);
        Assert.Contains("User 7 is not a moderator or admin", refused.Stderr);
        Assert.DoesNotContain("Exception", refused.Stderr);

        var missing = await Factcheck(AdminIs42, "console", "link");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--user", missing.Stderr);
    }

    [Theory]
    [InlineData("Console__Urls", "not a url", "Console:Urls")]
    [InlineData("Console__Urls", "http://0.0.0.0:5080", "Console:PublicUrl is not set")]
    [InlineData("Console__PublicUrl", "ftp://example.org", "Console:PublicUrl")]
    [InlineData("Console__SessionHours", "0", "Console:SessionHours")]
    public async Task A_wrong_console_setting_stops_the_program_naming_the_key(string key, string value, string message)
    {
        var result = await Factcheck(new Dictionary<string, string> { [key] = value }, "console", "link", "--user", "42");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public async Task The_console_serves_alone_and_a_second_one_on_the_same_address_is_told_plainly()
    {
        var url = $"http://127.0.0.1:{EmulatorFixture.FreePort()}";
        using var console = Process.Start(FactcheckProcess.StartInfo(folder, AdminIs42, "--db", Path.Combine(folder, "f.db"), "console", "--urls", url))!;
        var output = new StringBuilder();
        console.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        console.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        console.BeginOutputReadLine();
        console.BeginErrorReadLine();
        try
        {
            var started = await Eventually.ValueAsync(() => { lock (output) return output.ToString(); }, o => o.Contains("Web console listening on"), 60);
            Assert.Contains("Web console listening on " + url, started);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            var home = await http.GetAsync(url + "/");
            Assert.Equal(HttpStatusCode.Found, home.StatusCode);
            Assert.Equal("/signin?ReturnUrl=%2F", home.Headers.Location!.PathAndQuery);
            var css = await http.GetAsync(url + "/console.css");
            Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);

            // Behind a TLS-terminating proxy on this machine, the cookies are Secure.
            var link = (await Factcheck(AdminIs42, "console", "link", "--user", "42", "--urls", url)).Stdout.Trim();
            var proxied = new HttpRequestMessage(HttpMethod.Get, link) { Headers = { { "X-Forwarded-Proto", "https" } } };
            var cookie = Assert.Single((await http.SendAsync(proxied)).Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck-antiforgery=", StringComparison.Ordinal));
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            cookie = Assert.Single((await http.GetAsync(link)).Headers.GetValues("Set-Cookie"), c => c.StartsWith("factcheck-antiforgery=", StringComparison.Ordinal));
            Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);

            var second = await Factcheck(null, "console", "--urls", url);
            Assert.Equal(2, second.ExitCode);
            Assert.Contains("The console cannot listen there", second.Stderr);
        }
        finally
        {
            console.Kill(entireProcessTree: true);
            await console.WaitForExitAsync();
        }
    }
}
