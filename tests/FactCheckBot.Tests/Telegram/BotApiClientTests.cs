using System.Text.Json.Nodes;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Telegram;

public sealed class BotApiClientTests
{
    private const string Token = "555:very-secret-token";

    private static BotApiClient Client(Uri baseUri, int timeoutSeconds = 5)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(BotApiClient.ClientName);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new BotApiClient(factory, Options.Create(new TelegramOptions
        {
            BotToken = Token, ApiBaseUrl = baseUri.ToString(), RequestTimeoutSeconds = timeoutSeconds,
        }));
    }

    [Fact]
    public async Task Bot_API_errors_carry_code_description_retry_after_and_migration()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 429;
            await context.Response.WriteAsync(new JsonObject
            {
                ["ok"] = false, ["error_code"] = 429, ["description"] = "Too Many Requests: retry after 7",
                ["parameters"] = new JsonObject { ["retry_after"] = 7, ["migrate_to_chat_id"] = -100123 },
            }.ToJsonString());
        });
        var error = await Assert.ThrowsAsync<BotApiException>(() => Client(server.BaseUri).SendMessageAsync(new SendMessageRequest(1, "hi"), default));
        Assert.Equal((429, 7, -100123L), (error.ErrorCode, error.RetryAfter!.Value, error.MigrateToChatId!.Value));
        Assert.Contains("Too Many Requests", error.Description);
    }

    [Theory]
    [InlineData(200, "{\"ok\": tru")]
    [InlineData(502, "<html>Bad gateway</html>")]
    [InlineData(500, "{\"message\": \"API method 'getFile' is not supported.\"}")]
    public async Task Odd_bodies_become_errors_without_the_token(int status, string body)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body.Replace("getFile", $"getFile for /bot{Token}"));
        });
        var error = await Assert.ThrowsAsync<BotApiException>(() => Client(server.BaseUri).GetFileAsync("x", default));
        Assert.DoesNotContain("very-secret-token", error.ToString());
    }

    [Fact]
    public async Task Timeouts_and_refused_connections_are_reported_without_the_token()
    {
        await using var slow = await LoopbackServer.StartAsync(async context => await Task.Delay(5000, context.RequestAborted));
        var timeout = await Assert.ThrowsAsync<BotApiException>(() => Client(slow.BaseUri, timeoutSeconds: 1).GetMeAsync(default));
        Assert.Equal("timed out", timeout.Description);
        var refused = await Assert.ThrowsAsync<BotApiException>(() => Client(new Uri($"http://127.0.0.1:{EmulatorFixture.FreePort()}")).GetMeAsync(default));
        Assert.Equal(0, refused.ErrorCode);
        Assert.DoesNotContain("very-secret-token", refused.ToString());
    }

    [Fact]
    public async Task Requests_go_to_the_configured_base_url_as_json()
    {
        string? path = null, contentType = null, body = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            path = context.Request.Path;
            contentType = context.Request.ContentType;
            body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            await context.Response.WriteAsync("{\"ok\":true,\"result\":[]}");
        });
        var updates = await Client(server.BaseUri).GetUpdatesAsync(42, 0, default);
        Assert.Empty(updates);
        Assert.Equal($"/bot{Token}/getUpdates", path);
        Assert.StartsWith("application/json", contentType);
        Assert.Contains("\"offset\":42", body);
        Assert.Contains("\"allowed_updates\":[\"message\",\"callback_query\"]", body);
    }
}
