using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Our own small Bot API client: JSON over HttpClient with source-generated serialisation.
// The token sits in the URL path, so it is kept out of every message and exception.
public sealed class BotApiClient(IHttpClientFactory clients, IOptions<TelegramOptions> options) : IBotApi
{
    public const string ClientName = "telegram";

    private static readonly string[] AllowedUpdates = ["message", "callback_query"];

    public async Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        Convert(await CallAsync("getMe", "{}", null, cancellationToken), BotJson.Default.User, "getMe")
        ?? throw new BotApiException("getMe", 0, "empty result");

    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new GetUpdatesRequest(offset, timeoutSeconds, 100, AllowedUpdates), BotJson.Default.GetUpdatesRequest);
        var result = await CallAsync("getUpdates", body, TimeSpan.FromSeconds(timeoutSeconds + options.Value.RequestTimeoutSeconds), cancellationToken);
        return Convert(result, BotJson.Default.UpdateArray, "getUpdates") ?? [];
    }

    public async Task<Message?> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        var result = await CallAsync("sendMessage", JsonSerializer.Serialize(request, BotJson.Default.SendMessageRequest), null, cancellationToken);
        return result is { ValueKind: JsonValueKind.Object } ? Convert(result, BotJson.Default.Message, "sendMessage") : null;
    }

    public Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken) =>
        CallAsync("editMessageText", JsonSerializer.Serialize(request, BotJson.Default.EditMessageTextRequest), null, cancellationToken);

    public Task AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", JsonSerializer.Serialize(request, BotJson.Default.AnswerCallbackQueryRequest), null, cancellationToken);

    public Task SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken) =>
        CallAsync("sendChatAction", JsonSerializer.Serialize(new SendChatActionRequest(chatId, action), BotJson.Default.SendChatActionRequest), null, cancellationToken);

    public Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", JsonSerializer.Serialize(new SetMyCommandsRequest(commands), BotJson.Default.SetMyCommandsRequest), null, cancellationToken);

    public async Task<TelegramFile> GetFileAsync(string fileId, CancellationToken cancellationToken) =>
        Convert(await CallAsync("getFile", JsonSerializer.Serialize(new GetFileRequest(fileId), BotJson.Default.GetFileRequest), null, cancellationToken),
            BotJson.Default.TelegramFile, "getFile") ?? throw new BotApiException("getFile", 0, "empty result");

    public async Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
        try
        {
            using var http = clients.CreateClient(ClientName);
            using var response = await http.GetAsync($"{settings.BaseUrl}/file/bot{settings.BotToken}/{filePath.TrimStart('/')}",
                HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode) throw new BotApiException("download", (int)response.StatusCode, "file download failed");
            if (response.Content.Headers.ContentLength > maxBytes) throw new BotApiException("download", 413, $"file is larger than {maxBytes} bytes");
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                if (buffer.Length + read > maxBytes) throw new BotApiException("download", 413, $"file is larger than {maxBytes} bytes");
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new BotApiException("download", 0, Redact(ex is OperationCanceledException ? "timed out" : ex.Message));
        }
    }

    private async Task<JsonElement?> CallAsync(string method, string json, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
        HttpResponseMessage response;
        string body;
        try
        {
            using var http = clients.CreateClient(ClientName);
            using var content = new StringContent(json, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            response = await http.PostAsync($"{settings.BaseUrl}/bot{settings.BotToken}/{method}", content, deadline.Token);
            body = await response.Content.ReadAsStringAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BotApiException(method, 0, "timed out");
        }
        catch (HttpRequestException ex)
        {
            throw new BotApiException(method, 0, Redact(ex.Message));
        }

        using (response)
        {
            ApiResponse? parsed = null;
            try
            {
                parsed = JsonSerializer.Deserialize(body, BotJson.Default.ApiResponse);
            }
            catch (JsonException)
            {
            }
            if (parsed is { Ok: true }) return parsed.Result;
            var code = parsed?.ErrorCode ?? (response.IsSuccessStatusCode ? 0 : (int)response.StatusCode);
            var description = parsed?.Description ?? Describe(body, response);
            throw new BotApiException(method, code, Redact(description), parsed?.Parameters?.RetryAfter, parsed?.Parameters?.MigrateToChatId);
        }
    }

    // A body that is not a Bot API answer: an emulator's {"message": …}, an HTML error page, garbage.
    private static string Describe(string body, HttpResponseMessage response)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message))
                return message.GetString() ?? "error";
        }
        catch (JsonException)
        {
        }
        var snippet = body.Length > 120 ? body[..120] + "…" : body;
        return $"malformed response (HTTP {(int)response.StatusCode}): {snippet}";
    }

    private static T? Convert<T>(JsonElement? result, JsonTypeInfo<T> type, string method)
    {
        if (result is null || result.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return default;
        try
        {
            return result.Value.Deserialize(type);
        }
        catch (JsonException ex)
        {
            throw new BotApiException(method, 0, $"unexpected result shape: {ex.Message}");
        }
    }

    private string Redact(string text)
    {
        var token = options.Value.BotToken;
        return string.IsNullOrEmpty(token) ? text : text.Replace(token, "<token>", StringComparison.Ordinal);
    }
}
