using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Telegram;

// Issue 11 end to end on the emulator: the moderation loop, privacy, feedback, onboarding and sources
// from the chat, with the documented commands. Moderators come from Telegram:ModeratorIds and, with no
// moderators' chat set, are told privately (without having written to the bot first).
[Collection(EmulatorCollection.Name)]
public sealed class ModerationLoopTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const long Admin = 3001;
    private const long Moderator = 3002;
    private const long Alice = 3101;
    private const long Bob = 3102;

    private EmulatorBot bot = null!;
    private EmulatorClient client = null!;

    public async Task InitializeAsync()
    {
        bot = await EmulatorBot.StartAsync(emulator, new Dictionary<string, string>
        {
            ["Telegram__AdminIds__0"] = Admin.ToString(),
            ["Telegram__ModeratorIds__0"] = Moderator.ToString(),
        });
        client = bot.Client;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private T Query<T>(string sql, object? args = null) => bot.Query<T>(sql, args);

    // A message from the user in their private chat, and the bot's next reply there.
    private async Task<EmulatorClient.BotMessage> SayAsync(long user, string text)
    {
        var before = (await client.MessagesAsync(user)).Count;
        await client.SendAsync(user, EmulatorClient.Private(user), text);
        return (await client.WaitForAsync(user, before + 1))[before];
    }

    private async Task<JsonElement> LogListAsync()
    {
        var result = await FactcheckProcess.RunAsync(bot.Folder, ["--db", bot.DatabasePath, "log", "list", "--json"]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public async Task A_downvote_tells_the_moderator_privately_and_the_asker_at_once()
    {
        var answer = await SayAsync(Alice, "How many people were injured?");
        await client.PressAsync(Alice, answer, answer.Button(ButtonAction.NotHelpful)!.Value);

        var told = (await client.WaitForAsync(Alice, 2))[1];
        Assert.Contains("moderators have been told", told.Text);
        Assert.Equal(answer.MessageId, told.ReplyTo);

        var notice = (await client.WaitForAsync(Moderator, 1)).Single();
        Assert.Contains("unhelpful", notice.Text);
        Assert.Contains("How many people were injured?", notice.Text);
        Assert.Contains("FISM News", notice.Text);
        Assert.Equal([ButtonAction.Approve, ButtonAction.Flag, ButtonAction.Correct], notice.Buttons.Select(b => ButtonData.Parse(b)!.Value.Action));

        // The moderator acts on the notice's button; the notice says what was done.
        await client.PressAsync(Moderator, notice, notice.Button(ButtonAction.Approve)!.Value);
        Assert.Equal("approved", await Eventually.ValueAsync(
            () => Query<string?>("SELECT status FROM reviews WHERE answer_id = @id;", new { id = answer.Button(ButtonAction.NotHelpful)!.Value.Id }),
            s => s is not null));
    }

    [Fact]
    public async Task A_correction_reaches_the_asker_and_a_later_asker_in_other_words()
    {
        var answer = await SayAsync(Alice, "How many people were injured in the raid?");
        var id = answer.Button(ButtonAction.NotHelpful)!.Value.Id;
        var stored = await SayAsync(Moderator, $"/correct {id} Outlets differ: FISM News says at least eight, Military Cognizance 12.");
        Assert.Contains("on its way to the person who asked", stored.Text);

        var correction = (await client.WaitForAsync(Alice, 2))[1];
        Assert.Contains("Moderators corrected my answer", correction.Text);
        Assert.Contains("Military Cognizance 12", correction.Text);
        Assert.Equal((await client.UserMessageIdsAsync())["How many people were injured in the raid?"], correction.ReplyTo);

        var later = await SayAsync(Bob, "how many ppl got injured");
        Assert.Contains("Corrected by moderators on", later.Text);
        Assert.Contains("Military Cognizance 12", later.Text);
        Assert.Contains("<blockquote expandable>", later.Text);
    }

    [Fact]
    public async Task A_correction_from_the_command_line_or_the_correct_button_reaches_the_asker_too()
    {
        var first = await SayAsync(Alice, "Who carried out the raid?");
        var firstId = first.Button(ButtonAction.Helpful)!.Value.Id;
        var cli = await FactcheckProcess.RunAsync(bot.Folder, ["--db", bot.DatabasePath, "log", "correct", firstId.ToString(),
            "Two Russian paramilitary groups claimed it; Kyiv denied involvement."]);
        Assert.Equal(0, cli.ExitCode);
        var fromCli = (await client.WaitForAsync(Alice, 2))[1];
        Assert.Contains("Kyiv denied involvement.", fromCli.Text);

        var second = await SayAsync(Bob, "What did Dmitry Peskov say?");
        await client.PressAsync(Bob, second, second.Button(ButtonAction.NotHelpful)!.Value);
        var notice = (await client.WaitForAsync(Moderator, 1)).Single();
        await client.PressAsync(Moderator, notice, notice.Button(ButtonAction.Correct)!.Value);
        Assert.Contains("as your next message", (await client.WaitForAsync(Moderator, 2))[1].Text);
        var stored = await SayAsync(Moderator, "Peskov said the attack caused profound concern.");
        Assert.Contains("Stored the correction", stored.Text);
        var toBob = (await client.WaitForAsync(Bob, 3)).Last();
        Assert.Contains("Peskov said the attack caused profound concern.", toBob.Text);
        Assert.Equal(0, Query<long>("SELECT count(*) FROM answers WHERE question LIKE 'Peskov said%';"));
    }

    [Fact]
    public async Task One_vote_per_user_the_other_button_changes_it_and_the_buttons_show_it()
    {
        var answer = await SayAsync(Alice, "Who carried out the raid?");
        var id = answer.Button(ButtonAction.Helpful)!.Value.Id;
        await client.PressAsync(Alice, answer, answer.Button(ButtonAction.Helpful)!.Value);
        await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM feedback WHERE kind = 'up';"), n => n == 1);
        await client.PressAsync(Alice, answer, answer.Button(ButtonAction.NotHelpful)!.Value);
        await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM feedback WHERE kind = 'down';"), n => n == 1);

        Assert.Equal(0, Query<long>("SELECT count(*) FROM feedback WHERE kind = 'up';"));
        var labels = await Eventually.ValueAsync(() => client.ButtonLabelsAsync(Alice, answer.MessageId).Result, l => l.Contains("👎 1"));
        Assert.Contains("👍", labels);
        Assert.Contains("👎 1", labels);

        var entry = (await LogListAsync()).EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == id);
        Assert.Equal("Who carried out the raid?", entry.GetProperty("question").GetString());
        Assert.Equal((0, 1), (entry.GetProperty("up").GetInt32(), entry.GetProperty("down").GetInt32()));
    }

    [Fact]
    public async Task A_flagged_answer_is_not_served_again_unmarked()
    {
        var answer = await SayAsync(Alice, "Who carried out the raid?");
        var id = answer.Button(ButtonAction.Helpful)!.Value.Id;
        Assert.Contains($"Flagged answer #{id}", (await SayAsync(Moderator, $"/flag {id} misses the Freedom of Russia Legion")).Text);
        var later = await SayAsync(Bob, "who was behind the raid?");
        Assert.Contains("Under review", later.Text);
        Assert.Contains("<blockquote expandable>", later.Text);
    }

    [Fact]
    public async Task In_a_group_review_show_and_log_reveal_no_private_question()
    {
        var secret = await SayAsync(Alice, "What did Gladkov say about my street in Shebekino?");
        var secretId = secret.Button(ButtonAction.Helpful)!.Value.Id;
        var group = EmulatorClient.Group(-7001);
        await client.SendAsync(Bob, group, "/ask Who is Ilya Bogdanov?");
        await client.WaitForAsync(-7001, 1);

        await client.SendAsync(Moderator, group, "/review");
        var card = (await client.WaitForAsync(-7001, 2))[1];
        Assert.Contains("Who is Ilya Bogdanov?", card.Text);
        await client.SendAsync(Moderator, group, $"/show {secretId}");
        await client.SendAsync(Moderator, group, "/log");
        var replies = await client.WaitForAsync(-7001, 4);
        Assert.Contains("asked in a private chat", replies[2].Text);
        Assert.All(replies, r => Assert.DoesNotContain("Shebekino", r.Text));
        Assert.All(replies, r => Assert.DoesNotContain(Alice.ToString(), r.Text));

        // Skipping through the group's queue never reaches the private question either.
        await client.PressAsync(Moderator, card, card.Button(ButtonAction.Skip)!.Value);
        Assert.DoesNotContain("Shebekino", (await client.WaitForAsync(-7001, 5))[4].Text);

        // In the moderator's private chat it is shown.
        Assert.Contains("Shebekino", (await SayAsync(Moderator, $"/show {secretId}")).Text);
    }

    [Fact]
    public async Task Forget_removes_a_users_questions_and_votes()
    {
        var answer = await SayAsync(Alice, "What did Gladkov say about my street in Shebekino?");
        await SayAsync(Alice, "Who carried out the raid?");
        await client.PressAsync(Alice, answer, answer.Button(ButtonAction.Helpful)!.Value);
        await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM feedback;"), n => n == 1);
        await SayAsync(Bob, "Who is Ilya Bogdanov?");

        var done = await SayAsync(Alice, "/forget");
        Assert.Contains("removed 2 questions and 1 vote", done.Text);
        Assert.Equal(0, Query<long>("SELECT count(*) FROM answers WHERE user_id = @Alice OR chat_id = @Alice;", new { Alice }));
        Assert.Equal(0, Query<long>("SELECT count(*) FROM feedback WHERE user_id = @Alice;", new { Alice }));
        Assert.Equal(0, Query<long>("""
            SELECT count(*) FROM answers
            WHERE question || answer || result_json || evidence_json || coalesce(llm_json, '') LIKE '%Shebekino%';
            """));
        Assert.Equal(0, Query<long>("SELECT count(*) FROM updates WHERE payload LIKE '%Shebekino%';"));
        Assert.Equal(0, Query<long>("SELECT count(*) FROM outbox WHERE payload LIKE '%Shebekino%';"));
        var log = (await LogListAsync()).EnumerateArray().ToList();
        Assert.Equal(3, log.Count);
        Assert.Equal(["", "", "Who is Ilya Bogdanov?"], log.Select(e => e.GetProperty("question").GetString()).Order());
    }

    [Fact]
    public async Task Start_names_the_incident_what_the_bot_can_do_and_offers_three_examples()
    {
        var start = await SayAsync(Alice, "/start");
        Assert.Contains("Belgorod", start.Text);
        Assert.Contains("22–24 May 2023", start.Text);
        Assert.Contains("5 outlets", start.Text);
        Assert.Contains("RFE/RL", start.Text);
        Assert.Contains("English", start.Text);
        Assert.Contains("no verdicts", start.Text);
        Assert.Equal(3, start.Buttons.Count(b => ButtonData.Parse(b)?.Action == ButtonAction.Example));
        await client.PressAsync(Alice, start, start.Button(ButtonAction.Example)!.Value);
        var answer = (await client.WaitForAsync(Alice, 2))[1];
        Assert.Contains("<blockquote expandable>", answer.Text);
        Assert.Contains("How many people were injured?", Query<string>("SELECT question FROM answers ORDER BY id DESC LIMIT 1;"));
    }

    [Fact]
    public async Task Text_sent_after_addsource_is_the_article_never_a_question()
    {
        var prompt = await SayAsync(Admin, "/addsource Harbour Gazette | Fog delays ferries | 2024-02-03");
        Assert.Contains("Now send the article", prompt.Text);
        var article = Articles.Ferries(12);
        Assert.True(article.Length > 500);
        var added = await SayAsync(Admin, article);
        Assert.Contains("Added source #6 (Harbour Gazette: Fog delays ferries)", added.Text);
        Assert.Equal(0, Query<long>("SELECT count(*) FROM answers;"));

        Assert.Contains("Harbour Gazette", (await SayAsync(Alice, "Why were the ferries at Port Elgin delayed?")).Text);
    }

    [Fact]
    public async Task A_blocked_user_is_ignored_until_unblocked_and_both_are_audited()
    {
        Assert.Contains("Blocked user", (await SayAsync(Admin, $"/block {Bob}")).Text);
        await client.SendAsync(Bob, EmulatorClient.Private(Bob), "Who carried out the raid?");
        await SayAsync(Admin, $"/unblock {Bob}");
        Assert.Empty(await client.MessagesAsync(Bob));
        Assert.Contains("<blockquote expandable>", (await SayAsync(Bob, "Who carried out the raid?")).Text);
        Assert.Equal(1, Query<long>("SELECT count(*) FROM audit WHERE action = 'block' AND detail = @Bob;", new { Bob = Bob.ToString() }));
        Assert.Equal(1, Query<long>("SELECT count(*) FROM audit WHERE action = 'unblock' AND detail = @Bob;", new { Bob = Bob.ToString() }));
    }

    [Fact]
    public async Task The_claim_the_asker_quoted_is_quoted_in_the_reply()
    {
        var answer = await SayAsync(Alice, "My uncle says \"70 attackers were killed\" — is that true?");
        Assert.Equal("70 attackers were killed", answer.Raw["reply_parameters"]?["quote"]?.GetValue<string>());
    }
}
