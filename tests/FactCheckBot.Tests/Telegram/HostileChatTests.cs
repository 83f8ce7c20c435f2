using System.Text.RegularExpressions;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Telegram;

[Collection(EmulatorCollection.Name)]
public sealed partial class HostileChatTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const long Admin = 4001;
    private const long User = 4002;
    private EmulatorBot bot = null!;
    private EmulatorClient client = null!;

    public async Task InitializeAsync()
    {
        bot = await EmulatorBot.StartAsync(emulator,
            new Dictionary<string, string> { ["Telegram__AdminIds__0"] = Admin.ToString(), ["Telegram__QuestionsPerMinute"] = "100" });
        client = bot.Client;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    // Telegram HTML: only the tags we use, balanced, and no stray '<' or '&'.
    private static void ValidHtml(string html)
    {
        Assert.True(html.Length <= 4096, $"{html.Length} characters");
        var stack = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            Assert.Contains(name, new[] { "b", "i", "a", "blockquote", "pre" });
            if (tag.Groups["close"].Success) Assert.Equal(name, stack.Pop());
            else stack.Push(name);
        }
        Assert.Empty(stack);
        var text = Tag().Replace(html, "");
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        Assert.Empty(Regex.Matches(text, "&(?!amp;|lt;|gt;|quot;)"));
    }

    [Fact]
    public async Task Markup_emoji_right_to_left_and_search_syntax_get_safe_replies()
    {
        string[] inputs =
        [
            "<script>alert('x')</script> & who carried out the raid? **bold** _it_ `code` [link](javascript:x)",
            "🔥🔥 ما الذي حدث في بيلغورود؟ ‮reversed‬",
            "NEAR(raid Belgorod) OR \"Kyiv* AND -Gladkov ^col:x",
            "'; DROP TABLE answers; --",
            "Who led the <b>raid</b> & what did <i>Gladkov</i> say?",
        ];
        foreach (var input in inputs) await client.SendAsync(User, EmulatorClient.Private(User), input);
        var replies = await client.WaitForAsync(User, inputs.Length);
        Assert.All(replies, r => ValidHtml(r.Text));
        Assert.Contains(replies, r => r.Text.Contains("<blockquote expandable>"));
    }

    [Fact]
    public async Task A_long_source_list_is_split_into_messages_that_fit()
    {
        var folder = Path.Combine(bot.Folder, "many");
        Directory.CreateDirectory(folder);
        var entries = new System.Text.Json.Nodes.JsonArray();
        for (var i = 1; i <= 70; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"s{i}.txt"), $"Harbour report number {i}: ferries were delayed by fog.");
            entries.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["file"] = $"s{i}.txt", ["outlet"] = $"Gazette {i} & <Co>",
                ["title"] = $"A rather long headline about ferries and fog on the harbour, part {i}",
            });
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), new System.Text.Json.Nodes.JsonObject { ["sources"] = entries }.ToJsonString());
        var added = await FactcheckProcess.RunAsync(bot.Folder, ["--db", bot.DatabasePath, "sources", "add", folder]);
        Assert.Equal(0, added.ExitCode);

        await client.SendAsync(User, EmulatorClient.Private(User), "/sources");
        var replies = await client.WaitForAsync(User, 2);
        Assert.All(replies, r => ValidHtml(r.Text));
        var all = string.Join("\n", (await client.MessagesAsync(User)).Select(m => m.Text));
        Assert.Contains("Gazette 70 &amp; &lt;Co&gt;", all);
        Assert.Contains("Gazette 1 &amp;", all);
    }

    [Fact]
    public async Task A_4096_character_message_is_refused_politely()
    {
        await client.SendAsync(User, EmulatorClient.Private(User), new string('я', 4096));
        var reply = (await client.WaitForAsync(User, 1)).Single();
        Assert.Contains("too long", reply.Text);
        ValidHtml(reply.Text);
    }

    [Fact]
    public async Task Commands_with_missing_or_bad_arguments_get_usage_help()
    {
        string[] commands =
        [
            "/show", "/show abc", "/flag 5", "/correct", "/approve -3", "/log 999", "/addsource", "/addsource |||", "/alias =",
            "/alias Kyiv", "/grant bob moderator", "/grant 5 admin", "/removesource x", "/removesource 999", "/show 999999", "/frobnicate",
        ];
        foreach (var command in commands) await client.SendAsync(Admin, EmulatorClient.Private(Admin), command);
        var replies = await client.WaitForAsync(Admin, commands.Length);
        Assert.All(replies, r => ValidHtml(r.Text));
        Assert.All(replies, r => Assert.DoesNotContain("Exception", r.Text));
        Assert.Contains(replies, r => r.Text.Contains("Use /show ID"));
        Assert.Contains(replies, r => r.Text.Contains("Use /flag ID REASON"));
        Assert.Contains(replies, r => r.Text.Contains("There is no answer #999999"));
        Assert.Contains(replies, r => r.Text.Contains("Only the moderator role"));
        Assert.Contains(replies, r => r.Text.Contains("I don't know /frobnicate"));

        await client.SendAsync(User, EmulatorClient.Private(User), "Who is Ilya Bogdanov?");
        Assert.Contains("Military Cognizance", (await client.WaitForAsync(User, 1)).Single().Text);
    }

    [Fact]
    public async Task Photos_and_stickers_get_a_hint()
    {
        await client.SendAsync(User, EmulatorClient.Private(User), "",
            extra: new System.Text.Json.Nodes.JsonObject { ["text"] = null, ["sticker"] = new System.Text.Json.Nodes.JsonObject { ["file_id"] = "s1" } });
        Assert.Contains("I can only read text", (await client.WaitForAsync(User, 1)).Single().Text);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z]+)(?: [^>]*)?>")]
    private static partial Regex Tag();
}
