using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheckBot.Telegram;

namespace FactCheckBot.Tests.Support;

// Plays the Telegram users against telegram-test-api's client routes and collects what the bot sent.
public sealed class EmulatorClient(Uri baseUri, string token) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
    private readonly Dictionary<long, List<BotMessage>> received = [];

    public sealed record BotMessage(long ChatId, long MessageId, string Text, string? ParseMode, long? ReplyTo, IReadOnlyList<string> Buttons, JsonNode Raw)
    {
        public ButtonData? Button(ButtonAction action) =>
            Buttons.Select(ButtonData.Parse).FirstOrDefault(b => b?.Action == action);
    }

    public static JsonObject Private(long userId) => new() { ["id"] = userId, ["type"] = "private", ["first_name"] = $"User{userId}" };

    public static JsonObject Group(long chatId) => new() { ["id"] = chatId, ["type"] = "group", ["title"] = $"Group {chatId}" };

    private static JsonObject User(long userId) => new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User{userId}", ["username"] = $"user{userId}" };

    public async Task SendAsync(long userId, JsonObject chat, string text, JsonObject? replyTo = null, JsonObject? extra = null)
    {
        var message = new JsonObject
        {
            ["botToken"] = token, ["from"] = User(userId), ["chat"] = chat.DeepClone(), ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["text"] = text,
        };
        if (TelegramEntities.Of(text) is { Count: > 0 } entities) message["entities"] = entities;
        if (replyTo is not null) message["reply_to_message"] = replyTo;
        foreach (var (key, value) in extra ?? []) message[key] = value?.DeepClone();
        using var response = await http.PostAsJsonAsync("/sendMessage", message);
        response.EnsureSuccessStatusCode();
    }

    // The message ids the emulator gave the users' messages, by text (from its history).
    public async Task<IReadOnlyDictionary<string, long>> UserMessageIdsAsync()
    {
        using var response = await http.PostAsJsonAsync("/getUpdatesHistory", new { token });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return json["result"]!.AsArray()
            .Where(item => item!["message"]?["from"] is not null && item["message"]?["text"] is not null && item["messageId"] is not null)
            .GroupBy(item => item!["message"]!["text"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.First()!["messageId"]!.GetValue<long>());
    }

    public async Task PressAsync(long userId, BotMessage under, ButtonData button)
    {
        var body = new JsonObject
        {
            ["botToken"] = token, ["from"] = User(userId), ["data"] = button.Encode(),
            // The message the button is under, as Telegram sends it with the press: its id, text and buttons.
            ["message"] = new JsonObject
            {
                ["message_id"] = under.MessageId, ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["text"] = under.Text,
                ["chat"] = new JsonObject { ["id"] = under.ChatId, ["type"] = under.ChatId < 0 ? "group" : "private" },
                ["reply_markup"] = under.Raw["reply_markup"]?.DeepClone(),
            },
        };
        using var response = await http.PostAsJsonAsync("/sendCallback", body);
        response.EnsureSuccessStatusCode();
    }

    // The buttons under one of the bot's messages as they are now (after any edits), from the emulator's history.
    public async Task<IReadOnlyList<string>> ButtonLabelsAsync(long chatId, long messageId)
    {
        using var response = await http.PostAsJsonAsync("/getUpdatesHistory", new { token });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var message = json["result"]!.AsArray()
            .Single(item => item!["messageId"]?.GetValue<long>() == messageId && item["message"]?["chat_id"]?.ToString() == chatId.ToString())!["message"]!;
        return message["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray())
            .Select(b => b!["text"]!.GetValue<string>()).ToList() ?? [];
    }

    // Waits until the bot has sent at least `count` messages to the chat in total.
    public async Task<IReadOnlyList<BotMessage>> WaitForAsync(long chatId, int count, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            await PollAsync(chatId);
            var list = received.GetValueOrDefault(chatId) ?? [];
            if (list.Count >= count) return list;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"chat {chatId}: {list.Count} of {count} bot messages after {timeoutSeconds} s: " +
                    string.Join(" | ", list.Select(m => m.Text.Length > 80 ? m.Text[..80] : m.Text)));
            await Task.Delay(100);
        }
    }

    // Everything the bot has sent to the chat so far.
    public async Task<IReadOnlyList<BotMessage>> MessagesAsync(long chatId)
    {
        await PollAsync(chatId);
        return received.GetValueOrDefault(chatId) ?? [];
    }

    private async Task PollAsync(long chatId)
    {
        using var response = await http.PostAsJsonAsync("/getUpdates", new { token, chatId });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (!received.TryGetValue(chatId, out var list)) received[chatId] = list = [];
        foreach (var item in json["result"]!.AsArray())
        {
            var message = item!["message"]!;
            var buttons = message["reply_markup"]?["inline_keyboard"]?.AsArray()
                .SelectMany(row => row!.AsArray()).Select(b => b!["callback_data"]?.GetValue<string>() ?? "").ToList() ?? [];
            list.Add(new BotMessage(chatId, item["messageId"]?.GetValue<long>() ?? 1, message["text"]!.GetValue<string>(), message["parse_mode"]?.GetValue<string>(),
                message["reply_parameters"]?["message_id"]?.GetValue<long>(), buttons, message));
        }
    }

    public void Dispose() => http.Dispose();
}
