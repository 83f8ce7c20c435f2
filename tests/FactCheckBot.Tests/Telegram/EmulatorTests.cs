using System.Text.Json.Nodes;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Telegram;

// The real program against telegram-test-api: users in private chats and groups, an admin,
// a moderator. Each test has its own bot token, so the shared emulator keeps them apart.
[Collection(EmulatorCollection.Name)]
public sealed class EmulatorTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const long Admin = 1001;
    private const long Moderator = 1002;
    private const long Alice = 2001;
    private const long Bob = 2002;

    private EmulatorBot bot = null!;
    private EmulatorClient client = null!;

    public async Task InitializeAsync()
    {
        bot = await EmulatorBot.StartAsync(emulator, new Dictionary<string, string>
        {
            ["Telegram__AdminIds__0"] = Admin.ToString(),
            ["Telegram__ModeratorIds__0"] = Moderator.ToString(),
            ["Sources__AllowPrivateHosts"] = "true",
        });
        client = bot.Client;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private T Query<T>(string sql, object? args = null) => bot.Query<T>(sql, args);

    [Fact]
    public async Task A_private_question_gets_a_short_answer_with_quotes_buttons_and_the_whole_behind_more()
    {
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "How many people were injured?");
        var answer = (await client.WaitForAsync(Alice, 1)).Single();
        Assert.Equal("html", answer.ParseMode?.ToLowerInvariant());
        Assert.True(answer.Text.Length <= TelegramHtml.ShortChars, $"{answer.Text.Length} characters");
        Assert.Contains("<blockquote expandable>", answer.Text);
        Assert.Contains("FISM News", answer.Text);
        Assert.NotNull(answer.ReplyTo);
        Assert.True(answer.Raw["link_preview_options"]?["is_disabled"]?.GetValue<bool>());
        Assert.NotNull(answer.Button(ButtonAction.Helpful));
        Assert.NotNull(answer.Button(ButtonAction.NotHelpful));
        Assert.NotNull(answer.Button(ButtonAction.AskModerator));

        await client.PressAsync(Alice, answer, answer.Button(ButtonAction.More)!.Value);
        var whole = (await client.WaitForAsync(Alice, 2))[1];
        Assert.Contains("<b>[1] ", whole.Text);
        Assert.Contains("different figures", whole.Text);
        Assert.Equal(answer.MessageId, whole.ReplyTo);
        await Eventually.ValueAsync(() => client.ButtonLabelsAsync(Alice, answer.MessageId).Result, labels => !labels.Contains("More ⬇️"));
        Assert.DoesNotContain("More ⬇️", await client.ButtonLabelsAsync(Alice, answer.MessageId));
    }

    [Fact]
    public async Task In_a_group_only_addressed_messages_are_answered()
    {
        var group = EmulatorClient.Group(-5001);
        await client.SendAsync(Bob, group, "Just chatting about the raid, nothing for the bot.");
        await client.SendAsync(Bob, group, "/ask Who is Ilya Bogdanov?");
        await client.SendAsync(Alice, group, "@TestNameBot what did Dmitry Peskov say?");
        var replies = await client.WaitForAsync(-5001, 2);
        Assert.Contains(replies, r => r.Text.Contains("Military Cognizance"));
        Assert.Contains(replies, r => r.Text.Contains("The Guardian") && r.Text.Contains("Peskov"));

        // A mention of another bot whose name starts with this one's is not for this bot.
        await client.SendAsync(Alice, group, "@TestNameBot2 who is Andriy Chernyak?");
        await client.SendAsync(Alice, group, "And what did Gladkov say?",
            replyTo: new JsonObject { ["message_id"] = 1, ["from"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Bot" } });
        replies = await client.WaitForAsync(-5001, 3);
        Assert.Contains("Gladkov", replies[2].Text);
        // A chat's messages are handled in order: once the last one is answered, the others had their turn.
        Assert.Equal(3, (await client.MessagesAsync(-5001)).Count);
    }

    [Fact]
    public async Task An_admin_adds_a_source_by_replying_and_it_answers_questions()
    {
        const string article = "The harbour master of Port Elgin said on Friday that thick fog had delayed two ferries by three hours.";
        await client.SendAsync(Admin, EmulatorClient.Private(Admin), "/addsource Harbour Gazette | Fog delays ferries | 2024-02-03",
            replyTo: new JsonObject { ["message_id"] = 77, ["text"] = article, ["chat"] = EmulatorClient.Private(Admin) });
        var added = (await client.WaitForAsync(Admin, 1)).Single();
        Assert.Contains("Added source #6 (Harbour Gazette", added.Text);

        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "Why were the ferries at Port Elgin delayed?");
        var answer = (await client.WaitForAsync(Alice, 1)).Single();
        Assert.Contains("Harbour Gazette", answer.Text);
        Assert.Contains("thick fog", answer.Text);
    }

    [Fact]
    public async Task An_admin_adds_a_source_by_url()
    {
        await using var site = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("""
                <html><head><meta property="og:site_name" content="Loopback Herald"><meta property="og:title" content="Bridge reopens"></head>
                <body><article><p>The Kestrel Bridge reopened on Monday after repairs, the city engineer said.</p></article></body></html>
                """);
        });
        await client.SendAsync(Admin, EmulatorClient.Private(Admin), $"/addsource {site.BaseUri}bridge");
        Assert.Contains("Added source #6 (Loopback Herald: Bridge reopens)", (await client.WaitForAsync(Admin, 1))[0].Text);
        await client.SendAsync(Admin, EmulatorClient.Private(Admin), "/sources");
        Assert.Contains("#6 <b>Loopback Herald</b>", (await client.WaitForAsync(Admin, 2))[1].Text);
        await client.SendAsync(Admin, EmulatorClient.Private(Admin), "/removesource 6");
        var confirm = (await client.WaitForAsync(Admin, 3))[2];
        Assert.Contains("Remove source #6?", confirm.Text);
        Assert.Contains("Loopback Herald", confirm.Text);
        Assert.Contains("1 passage, cited in 0 answers", confirm.Text);
        Assert.Equal(6, Query<long>("SELECT count(*) FROM sources;"));
        await client.PressAsync(Admin, confirm, confirm.Buttons.Select(ButtonData.Parse).First(b => b?.Action == ButtonAction.RemoveSource)!.Value);
        Assert.Equal(5, await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM sources;"), n => n == 5));
    }

    [Fact]
    public async Task A_non_admin_is_refused_without_leaking_anything()
    {
        foreach (var command in new[] { "/addsource https://example.com | X", "/removesource 1", "/grant 2001 moderator", "/review", "/show 1", "/stats" })
            await client.SendAsync(Bob, EmulatorClient.Private(Bob), command);
        var replies = await client.WaitForAsync(Bob, 6);
        Assert.All(replies, r => Assert.StartsWith("Sorry, /", r.Text));
        Assert.Equal(5, Query<long>("SELECT count(*) FROM sources;"));
        Assert.Equal(6, Query<long>("SELECT count(*) FROM audit WHERE allowed = 0 AND user_id = @Bob;", new { Bob }));
    }

    [Fact]
    public async Task Feedback_lands_in_the_queue_and_a_moderator_flags_and_corrects()
    {
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "Who organised the raid on Belgorod?");
        var answer = (await client.WaitForAsync(Alice, 1)).Single();
        var logId = answer.Button(ButtonAction.NotHelpful)!.Value.Id;
        await client.PressAsync(Alice, answer, new ButtonData(ButtonAction.NotHelpful, logId));
        await client.PressAsync(Bob, answer, new ButtonData(ButtonAction.Helpful, logId));
        // Button presses come back as updates in the users' chats, handled beside the moderator's chat.
        await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM feedback;"), n => n == 2);
        await client.SendAsync(Bob, EmulatorClient.Private(Bob), "What did Zelensky say?");
        await client.WaitForAsync(Bob, 1);
        var notice = (await client.WaitForAsync(Moderator, 1)).Single();
        Assert.Contains("unhelpful", notice.Text);

        await client.SendAsync(Moderator, EmulatorClient.Private(Moderator), "/review");
        var card = (await client.WaitForAsync(Moderator, 2))[1];
        Assert.Contains("flagged by users", card.Text);
        Assert.Contains($"Answer #{logId}", card.Text);
        Assert.Contains("Who organised the raid on Belgorod?", card.Text);
        await client.PressAsync(Moderator, card, card.Button(ButtonAction.Flag)!.Value);
        var next = (await client.WaitForAsync(Moderator, 3)).Last();
        Assert.Contains("What did Zelensky say?", next.Text);

        await client.SendAsync(Moderator, EmulatorClient.Private(Moderator),
            $"/correct {logId} The Russian Volunteer Corps and the Freedom of Russia Legion claimed it; Kyiv denied involvement.");
        Assert.Contains("Stored the correction", (await client.WaitForAsync(Moderator, 4)).Last().Text);

        await client.SendAsync(Bob, EmulatorClient.Private(Bob), "who organised the raid on Belgorod");
        var corrected = (await client.WaitForAsync(Bob, 2)).Last();
        Assert.Contains("Corrected by moderators", corrected.Text);
        Assert.Contains("Freedom of Russia Legion claimed it", corrected.Text);

        Assert.Equal("corrected", Query<string>("SELECT status FROM reviews WHERE answer_id = @logId;", new { logId }));
        Assert.Equal(1, Query<long>("SELECT count(*) FROM feedback WHERE answer_id = @logId AND kind = 'down';", new { logId }));
        Assert.Equal(1, Query<long>("SELECT count(*) FROM feedback WHERE answer_id = @logId AND kind = 'up';", new { logId }));
    }

    [Fact]
    public async Task A_moderator_reads_the_log_and_an_answer_in_full()
    {
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "Who is Andriy Chernyak?");
        await client.WaitForAsync(Alice, 1);
        await client.SendAsync(Moderator, EmulatorClient.Private(Moderator), "/log 5");
        Assert.Contains("Who is Andriy Chernyak?", (await client.WaitForAsync(Moderator, 1)).Last().Text);
        await client.SendAsync(Moderator, EmulatorClient.Private(Moderator), "/show 1");
        var show = (await client.WaitForAsync(Moderator, 2)).Last();
        Assert.Contains("Evidence (best of", show.Text);
        Assert.Contains("RFE/RL", show.Text);
        await client.SendAsync(Moderator, EmulatorClient.Private(Moderator), "/approve 1");
        Assert.Contains("Approved answer #1", (await client.WaitForAsync(Moderator, 3)).Last().Text);
        await client.SendAsync(Moderator, EmulatorClient.Private(Moderator), "/stats");
        Assert.Contains("<pre>", (await client.WaitForAsync(Moderator, 4)).Last().Text);
    }

    [Fact]
    public async Task Admins_manage_aliases_and_moderators_from_the_chat()
    {
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "What did Belingkot say?");
        Assert.Contains("do not cover", (await client.WaitForAsync(Alice, 1))[0].Text);
        await client.SendAsync(Admin, EmulatorClient.Private(Admin), "/alias Bellingcat = Belingkot");
        Assert.Contains("Added 1 variant", (await client.WaitForAsync(Admin, 1))[0].Text);
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "What did Belingkot say about the men?");
        Assert.Contains("RFE/RL", (await client.WaitForAsync(Alice, 2))[1].Text);

        await client.SendAsync(Admin, EmulatorClient.Private(Admin), $"/grant {Bob} moderator");
        Assert.Contains("is now a moderator", (await client.WaitForAsync(Admin, 2))[1].Text);
        await client.SendAsync(Bob, EmulatorClient.Private(Bob), "/log");
        Assert.Contains("#", (await client.WaitForAsync(Bob, 1))[0].Text);
        await client.SendAsync(Admin, EmulatorClient.Private(Admin), $"/revoke {Bob}");
        await client.WaitForAsync(Admin, 3);
        await client.SendAsync(Bob, EmulatorClient.Private(Bob), "/log");
        Assert.StartsWith("Sorry, /log", (await client.WaitForAsync(Bob, 2))[1].Text);
    }

    [Fact]
    public async Task Questions_beyond_the_per_user_limit_get_a_polite_wait()
    {
        for (var i = 0; i < 7; i++)
            await client.SendAsync(Alice, EmulatorClient.Private(Alice), "Who is Ilya Bogdanov?");
        var replies = await client.WaitForAsync(Alice, 7);
        Assert.Equal(6, replies.Count(r => r.Text.Contains("Military Cognizance")));
        Assert.Contains("Please wait", replies[6].Text);

        // Told once per window: more questions before then get nothing, not another notice.
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "Who is Ilya Bogdanov?");
        await client.SendAsync(Alice, EmulatorClient.Private(Alice), "/help");
        Assert.Contains("I answer questions about", (await client.WaitForAsync(Alice, 8)).Last().Text);
        Assert.Equal(8, (await client.MessagesAsync(Alice)).Count);
    }
}
