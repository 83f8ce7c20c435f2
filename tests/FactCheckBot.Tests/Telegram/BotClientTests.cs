using System.Diagnostics;
using System.Text.Json.Nodes;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Tests.Telegram;

// Telegram.Bot's client as the bot configures it, against a loopback server.
public sealed class BotClientTests
{
    private const string Token = "555:very-secret-token";

    private static ITelegramBotClient Client(Uri baseUri, int timeoutSeconds = 5)
    {
        var settings = new TelegramOptions { BotToken = Token, ApiBaseUrl = baseUri.ToString(), RequestTimeoutSeconds = timeoutSeconds, PollTimeoutSeconds = 0 };
        var http = new HttpClient(new BotClient.Deadlines(Options.Create(settings)) { InnerHandler = new SocketsHttpHandler() });
        return BotClient.Create(settings, http);
    }

    private static Task<LoopbackServer> Answering(int status, JsonObject body, Action? onRequest = null) =>
        LoopbackServer.StartAsync(async context =>
        {
            onRequest?.Invoke();
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        });

    [Fact]
    public async Task Bot_API_errors_carry_code_description_retry_after_and_migration()
    {
        await using var server = await Answering(400, new JsonObject
        {
            ["ok"] = false, ["error_code"] = 400, ["description"] = "Bad Request: group chat was upgraded to a supergroup chat",
            ["parameters"] = new JsonObject { ["retry_after"] = 7, ["migrate_to_chat_id"] = -100123 },
        });
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client(server.BaseUri).SendMessage(1, "hi"));
        Assert.Equal((400, 7, -100123L), (error.ErrorCode, error.Parameters!.RetryAfter!.Value, error.Parameters.MigrateToChatId!.Value));
        Assert.Contains("upgraded to a supergroup", error.Message);
    }

    [Fact]
    public async Task A_429_is_handed_back_at_once_for_the_outbox_to_wait_out()
    {
        var requests = 0;
        await using var server = await Answering(429, new JsonObject
        {
            ["ok"] = false, ["error_code"] = 429, ["description"] = "Too Many Requests: retry after 5",
            ["parameters"] = new JsonObject { ["retry_after"] = 5 },
        }, () => Interlocked.Increment(ref requests));
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client(server.BaseUri).SendMessage(1, "hi"));
        Assert.Equal((429, 5), (error.ErrorCode, error.Parameters!.RetryAfter!.Value));
        Assert.Equal(1, requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the client waited {clock.Elapsed} before giving the 429 back");
    }

    [Theory]
    [InlineData(200, "{\"ok\": tru")]
    [InlineData(502, "<html>Bad gateway</html>")]
    [InlineData(500, "{\"message\": \"API method 'getFile' is not supported.\"}")]
    [InlineData(400, "{\"ok\": false, \"error_code\": 400, \"description\": \"Bad Request: no getFile\"}")]
    public async Task Odd_bodies_and_errors_never_carry_the_token(int status, string body)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body.Replace("getFile", $"getFile for /bot{Token}"));
        });
        var error = await Assert.ThrowsAnyAsync<RequestException>(() => Client(server.BaseUri).GetFile("x"));
        Assert.DoesNotContain("very-secret-token", error.ToString());
        Assert.Equal(status != 400, error.IsTransient());
    }

    [Fact]
    public async Task Timeouts_and_refused_connections_are_reported_without_the_token()
    {
        await using var slow = await LoopbackServer.StartAsync(async context => await Task.Delay(5000, context.RequestAborted));
        var timeout = await Assert.ThrowsAnyAsync<RequestException>(() => Client(slow.BaseUri, timeoutSeconds: 1).GetMe());
        Assert.Contains("timed out", timeout.Message);
        Assert.True(timeout.IsTransient());
        var refused = await Assert.ThrowsAnyAsync<RequestException>(() => Client(new Uri($"http://127.0.0.1:{EmulatorFixture.FreePort()}")).GetMe());
        Assert.Equal(0, refused.Code());
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
        var updates = await Client(server.BaseUri).GetUpdates(42, 100, 0, [UpdateType.Message, UpdateType.CallbackQuery]);
        Assert.Empty(updates);
        Assert.Equal($"/bot{Token}/getUpdates", path);
        Assert.StartsWith("application/json", contentType);
        Assert.Contains("\"offset\":42", body);
        Assert.Contains("\"allowed_updates\":[\"message\",\"callback_query\"]", body);
    }

    [Theory]
    [InlineData("123456789:AAE-abc_DEF", true)]
    [InlineData("1:x", true)]
    [InlineData("bot-123", false)]
    [InlineData(":abc", false)]
    [InlineData("123:", false)]
    [InlineData("12a:abc", false)]
    [InlineData("123:abc def", false)]
    [InlineData("123:abc/def", false)]
    public void A_token_must_look_like_BotFathers(string token, bool valid) => Assert.Equal(valid, BotClient.LooksLikeToken(token));
}
