using System.Globalization;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace FactCheckBot.Telegram;

// Telegram.Bot's client as this bot uses it: the configured base URL (Telegram, a local Bot API
// server or an emulator), no sleeping on a 429 inside the library (the outbox owns those
// waits), a deadline on every request, and error texts that never carry the token, which the
// Bot API puts in the URL path.
public static class BotClient
{
    public const string HttpClientName = "telegram";

    private const string PublicApi = "https://api.telegram.org";

    public static TelegramBotClient Create(TelegramOptions settings, HttpClient http)
    {
        var token = settings.BotToken ?? throw new InvalidOperationException("Telegram:BotToken is not set.");
        var baseUrl = settings.BaseUrl == PublicApi ? null : settings.BaseUrl;
        return new TelegramBotClient(new TelegramBotClientOptions(token, baseUrl) { RetryThreshold = 0 }, http)
        {
            ExceptionsParser = new TokenFreeErrors(token),
        };
    }

    // The shape TelegramBotClientOptions accepts: the bot's numeric id, a colon, the secret.
    public static bool LooksLikeToken(string token)
    {
        var colon = token.IndexOf(':');
        return colon is >= 1 and <= 16 && colon < token.Length - 1
            && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && !token.Any(c => char.IsWhiteSpace(c) || c == '/');
    }

    public static string Redact(string text, string? token) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, "<token>", StringComparison.Ordinal);

    // The status Telegram (or whatever answered) gave: 0 when nothing answered.
    public static int Code(this RequestException ex) => ex is ApiRequestException api ? api.ErrorCode : (int?)ex.HttpStatusCode ?? 0;

    // Worth trying again: no answer, an answer that was not a Bot API reply, a 429, or Telegram's own trouble.
    public static bool IsTransient(this RequestException ex) => ex.Code() is 0 or 200 or 429 or >= 500;

    // Every Bot API error is built here, so its description is scrubbed of the token before anyone logs it.
    private sealed class TokenFreeErrors(string token) : IExceptionParser
    {
        public ApiRequestException Parse(ApiResponse apiResponse) =>
            new(Redact(apiResponse.Description ?? "error", token), apiResponse.ErrorCode, apiResponse.Parameters);
    }

    // A deadline per request: getUpdates may take its long-poll timeout on top of the usual allowance.
    // The library reports an expired deadline as "Bot API Request timed out".
    public sealed class Deadlines(IOptions<TelegramOptions> options) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var settings = options.Value;
            var longPoll = request.RequestUri?.AbsolutePath.EndsWith("/getUpdates", StringComparison.Ordinal) == true;
            var seconds = settings.RequestTimeoutSeconds + (longPoll ? settings.PollTimeoutSeconds : 0);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
            try
            {
                return await base.SendAsync(request, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TaskCanceledException($"no answer in {seconds} s", new TimeoutException());
            }
        }
    }
}
