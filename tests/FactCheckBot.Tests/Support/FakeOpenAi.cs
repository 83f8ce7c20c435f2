using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Support;

// A loopback OpenAI-compatible server (/v1/chat/completions, /v1/embeddings) that the real
// OpenAI SDK talks to over HTTP; the test decides each reply.
public sealed partial class FakeOpenAi : IAsyncDisposable
{
    public abstract record Reply;
    public sealed record Text(string Content) : Reply;
    public sealed record Status(int Code, string Body, int? RetryAfterSeconds = null) : Reply;
    public sealed record Hang(int Milliseconds) : Reply;
    public sealed record RawBody(string Body) : Reply;

    public sealed record Passage(int N, string Outlet, string Text);

    private LoopbackServer server = null!;
    private readonly List<JsonNode> chatRequests = [];

    public Func<JsonNode, Reply> OnChat { get; set; } = _ => NotCovered;

    public static readonly Text NotCovered = new("""{"covered": false, "sentences": []}""");

    // A grounded answer as the answer prompt's JSON schema has it: (sentence, cited passage numbers).
    public static Text Answer(params (string Text, int[] Citations)[] sentences) => new(new JsonObject
    {
        ["covered"] = true,
        ["sentences"] = Sentences(sentences),
    }.ToJsonString());

    // A verdict as the claim prompt's JSON schema has it.
    public static Text Verdict(string verdict, params (string Text, int[] Citations)[] justification) => new(new JsonObject
    {
        ["verdict"] = verdict,
        ["justification"] = Sentences(justification),
    }.ToJsonString());

    private static JsonArray Sentences((string Text, int[] Citations)[] sentences) =>
        new(sentences.Select(s => (JsonNode)new JsonObject { ["text"] = s.Text, ["citations"] = new JsonArray(s.Citations.Select(n => (JsonNode)n).ToArray()) }).ToArray());
    public Func<string, float[]> Embed { get; set; } = HashEmbedding;
    public int EmbeddingCalls;

    public Uri Endpoint => new(server.BaseUri, "v1");

    public IReadOnlyList<JsonNode> ChatRequests
    {
        get { lock (chatRequests) return chatRequests.ToList(); }
    }

    public static async Task<FakeOpenAi> StartAsync()
    {
        var fake = new FakeOpenAi();
        fake.server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    // The numbered passages the program put into the user message.
    public static IReadOnlyList<Passage> Passages(JsonNode request)
    {
        var user = request["messages"]!.AsArray().Last()!["content"]!;
        var text = user is JsonValue ? user.GetValue<string>() : string.Concat(user.AsArray().Select(p => p!["text"]?.GetValue<string>()));
        return PassageLine().Matches(text).Select(m => new Passage(int.Parse(m.Groups["n"].Value), m.Groups["outlet"].Value, m.Groups["text"].Value)).ToList();
    }

    public static Passage Find(JsonNode request, string contains) => Passages(request).First(p => p.Text.Contains(contains, StringComparison.Ordinal));

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        if (context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            lock (chatRequests) chatRequests.Add(body);
            switch (OnChat(body))
            {
                case Text t:
                    await Json(context, 200, new JsonObject
                    {
                        ["id"] = "chatcmpl-1", ["object"] = "chat.completion", ["created"] = 1_700_000_000, ["model"] = body["model"]?.GetValue<string>(),
                        ["choices"] = new JsonArray(new JsonObject
                        {
                            ["index"] = 0, ["finish_reason"] = "stop",
                            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = t.Content },
                        }),
                        ["usage"] = new JsonObject { ["prompt_tokens"] = 321, ["completion_tokens"] = 45, ["total_tokens"] = 366 },
                    }.ToJsonString());
                    return;
                case Status s:
                    if (s.RetryAfterSeconds is { } wait) context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await Json(context, s.Code, s.Body);
                    return;
                case Hang h:
                    await Task.Delay(h.Milliseconds, context.RequestAborted).ContinueWith(_ => { });
                    return;
                case RawBody r:
                    await Json(context, 200, r.Body);
                    return;
            }
        }
        if (context.Request.Path.Value.EndsWith("/embeddings", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref EmbeddingCalls);
            var input = body["input"]!;
            var texts = input is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [input.GetValue<string>()];
            var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
            var data = new JsonArray();
            for (var i = 0; i < texts.Count; i++)
            {
                var vector = Embed(texts[i]);
                JsonNode embedding = base64
                    ? JsonValue.Create(Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())))
                    : new JsonArray(vector.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
                data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
            }
            await Json(context, 200, new JsonObject
            {
                ["object"] = "list", ["data"] = data, ["model"] = body["model"]?.GetValue<string>(),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["total_tokens"] = 10 },
            }.ToJsonString());
            return;
        }
        context.Response.StatusCode = 404;
    }

    // Bag of words hashed into 64 dimensions: similar wording, similar vectors.
    public static float[] HashEmbedding(string text)
    {
        var vector = new float[64];
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
            vector[(int)((uint)word.Value.GetHashCode() % 64)] += 1;
        vector[63] += 0.01f;
        return vector;
    }

    private static async Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    [GeneratedRegex(@"^\[(?<n>\d+)\] (?<outlet>[^,:(]+?)(?: \(republishing [^)]+\))?(?:, \d{4}-\d{2}-\d{2})?: ""(?<text>.*)""$", RegexOptions.Multiline)]
    private static partial Regex PassageLine();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
