using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Support;

// A loopback Bot API with a script of faults: it queues updates like Telegram (acknowledged
// by offset), records the messages it accepted, and fails calls on request.
public sealed class FakeBotApi : IAsyncDisposable
{
    public abstract record Fault;
    public sealed record Error(int Code, string Description, int? RetryAfter = null, long? MigrateTo = null) : Fault;
    public sealed record Malformed : Fault;
    public sealed record Hang(int Milliseconds) : Fault;

    public sealed record Sent(long ChatId, string Text, long? ReplyTo, JsonNode Raw);

    private readonly Lock gate = new();
    private readonly List<JsonObject> updates = [];
    private readonly List<Sent> sent = [];
    private readonly List<JsonNode> edits = [];
    private readonly List<(string Method, JsonNode Body)> others = [];
    private long nextUpdateId = 1;
    private long nextMessageId = 1000;
    private LoopbackServer server = null!;

    public string Token { get; }
    public Uri BaseUri => server.BaseUri;
    public Queue<Fault> PollFaults { get; } = new();
    public Queue<Fault> SendFaults { get; } = new();
    public Dictionary<long, long> Migrated { get; } = [];
    public Dictionary<string, byte[]> Files { get; } = [];
    public int Polls;

    private FakeBotApi(string token) => Token = token;

    public static async Task<FakeBotApi> StartAsync(string token)
    {
        var api = new FakeBotApi(token);
        api.server = await LoopbackServer.StartAsync(api.HandleAsync);
        return api;
    }

    public IReadOnlyList<Sent> Messages()
    {
        lock (gate) return sent.ToList();
    }

    public IReadOnlyList<JsonNode> Edits()
    {
        lock (gate) return edits.ToList();
    }

    // Calls to methods the fake only acknowledges (setMyCommands, sendChatAction, …), in order.
    public IReadOnlyList<JsonNode> Calls(string method)
    {
        lock (gate) return others.Where(c => c.Method == method).Select(c => c.Body).ToList();
    }

    // An update exactly as given (it gets the next update_id), for shapes the helpers do not make.
    public void AddRaw(JsonObject update)
    {
        lock (gate)
        {
            update["update_id"] = nextUpdateId++;
            updates.Add(update);
        }
    }

    // keyboard: the buttons of the message pressed (Telegram sends the message with the press).
    public void AddCallback(long userId, long chatId, long messageId, string data, string cardText, JsonNode? keyboard = null)
    {
        lock (gate)
            updates.Add(new JsonObject
            {
                ["update_id"] = nextUpdateId++,
                ["callback_query"] = new JsonObject
                {
                    ["id"] = $"cb{nextUpdateId}", ["data"] = data,
                    ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User{userId}" },
                    ["message"] = new JsonObject
                    {
                        ["message_id"] = messageId, ["date"] = 1_700_000_000, ["text"] = cardText,
                        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" }, ["reply_markup"] = keyboard?.DeepClone(),
                    },
                },
            });
    }

    public long AddMessage(long userId, long chatId, string? text, JsonObject? reply = null, JsonObject? document = null, string? caption = null,
        long? migrateTo = null)
    {
        lock (gate)
        {
            var messageId = nextMessageId++;
            var message = new JsonObject
            {
                ["message_id"] = messageId, ["date"] = 1_700_000_000,
                ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User{userId}" },
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < -1_000_000_000_000 ? "supergroup" : chatId < 0 ? "group" : "private" },
            };
            if (text is not null) message["text"] = text;
            if (text is not null && TelegramEntities.Of(text) is { Count: > 0 } entities) message["entities"] = entities;
            if (caption is not null && TelegramEntities.Of(caption) is { Count: > 0 } captionEntities) message["caption_entities"] = captionEntities;
            if (reply is not null) message["reply_to_message"] = reply;
            if (document is not null) message["document"] = document;
            if (caption is not null) message["caption"] = caption;
            if (migrateTo is not null) message["migrate_to_chat_id"] = migrateTo;
            updates.Add(new JsonObject { ["update_id"] = nextUpdateId++, ["message"] = message });
            return messageId;
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith($"/file/bot{Token}/", StringComparison.Ordinal))
        {
            var name = path[$"/file/bot{Token}/".Length..];
            byte[]? bytes;
            lock (gate) bytes = Files.GetValueOrDefault(name);
            context.Response.StatusCode = bytes is null ? 404 : 200;
            if (bytes is not null) await context.Response.Body.WriteAsync(bytes);
            return;
        }
        if (!path.StartsWith($"/bot{Token}/", StringComparison.Ordinal))
        {
            await Reply(context, 401, new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" });
            return;
        }
        var method = path[$"/bot{Token}/".Length..];
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
        switch (method)
        {
            case "getMe":
                await Ok(context, new JsonObject { ["id"] = 999, ["is_bot"] = true, ["first_name"] = "Fake", ["username"] = "FakeBot" });
                return;
            case "getUpdates":
                Interlocked.Increment(ref Polls);
                if (await FaultAsync(context, PollFaults)) return;
                var offset = body["offset"]?.GetValue<long>() ?? 0;
                JsonArray batch;
                lock (gate)
                {
                    updates.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
                    batch = new JsonArray(updates.Select(u => (JsonNode)u.DeepClone()).ToArray());
                }
                if (batch.Count == 0) await Task.Delay(100);
                await Ok(context, batch);
                return;
            case "sendMessage":
                if (await FaultAsync(context, SendFaults)) return;
                var chat = body["chat_id"]!.GetValue<long>();
                long? migrateTo;
                lock (gate) migrateTo = Migrated.TryGetValue(chat, out var to) ? to : null;
                if (migrateTo is not null)
                {
                    await Reply(context, 400, new JsonObject
                    {
                        ["ok"] = false, ["error_code"] = 400, ["description"] = "Bad Request: group chat was upgraded to a supergroup chat",
                        ["parameters"] = new JsonObject { ["migrate_to_chat_id"] = migrateTo },
                    });
                    return;
                }
                long id;
                lock (gate)
                {
                    id = nextMessageId++;
                    sent.Add(new Sent(chat, body["text"]!.GetValue<string>(), body["reply_parameters"]?["message_id"]?.GetValue<long>(), body));
                }
                await Ok(context, new JsonObject { ["message_id"] = id, ["date"] = 1_700_000_000, ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" } });
                return;
            case "editMessageText":
                lock (gate) edits.Add(body);
                await Ok(context, new JsonObject
                {
                    ["message_id"] = body["message_id"]!.GetValue<long>(), ["date"] = 1_700_000_000, ["text"] = body["text"]!.GetValue<string>(),
                    ["chat"] = new JsonObject { ["id"] = body["chat_id"]!.GetValue<long>(), ["type"] = "private" },
                });
                return;
            case "getFile":
                var fileId = body["file_id"]!.GetValue<string>();
                bool known;
                lock (gate) known = Files.ContainsKey(fileId);
                if (!known)
                {
                    await Reply(context, 400, new JsonObject { ["ok"] = false, ["error_code"] = 400, ["description"] = "Bad Request: invalid file_id" });
                    return;
                }
                await Ok(context, new JsonObject { ["file_id"] = fileId, ["file_path"] = fileId });
                return;
            default:
                lock (gate) others.Add((method, body));
                await Ok(context, true);
                return;
        }
    }

    private static async Task<bool> FaultAsync(HttpContext context, Queue<Fault> faults)
    {
        Fault? fault;
        lock (faults) faults.TryDequeue(out fault);
        switch (fault)
        {
            case Error e:
                var parameters = new JsonObject();
                if (e.RetryAfter is { } retry) parameters["retry_after"] = retry;
                if (e.MigrateTo is { } to) parameters["migrate_to_chat_id"] = to;
                await Reply(context, e.Code, new JsonObject { ["ok"] = false, ["error_code"] = e.Code, ["description"] = e.Description, ["parameters"] = parameters });
                return true;
            case Malformed:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"ok\": tru");
                return true;
            case Hang h:
                await Task.Delay(h.Milliseconds);
                context.Response.StatusCode = 504;
                return true;
            default:
                return false;
        }
    }

    private static Task Ok(HttpContext context, JsonNode result) => Reply(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static async Task Reply(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
