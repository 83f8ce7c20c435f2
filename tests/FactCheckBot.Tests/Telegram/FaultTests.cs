using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Tests.Telegram;

// The real program against a loopback Bot API that fails on purpose.
public sealed class FaultTests : IAsyncLifetime
{
    private const string Token = "424242:SECRET-token-value_do-not-log";
    private readonly string folder = TempFolder.Create();
    private FakeBotApi api = null!;

    private string DatabasePath => Path.Combine(folder, "bot.db");

    public async Task InitializeAsync() => api = await FakeBotApi.StartAsync(Token);

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(folder);
    }

    private BotProcess Start(Dictionary<string, string>? settings = null, bool verbose = false)
    {
        var all = new Dictionary<string, string>
        {
            ["Telegram__RequestTimeoutSeconds"] = "1",
            ["Telegram__PollTimeoutSeconds"] = "0",
            ["Telegram__AdminIds__0"] = "7",
        };
        foreach (var (k, v) in settings ?? []) all[k] = v;
        return BotProcess.Start(folder, DatabasePath, api.BaseUri, Token, all, verbose);
    }

    private async Task<IReadOnlyList<FakeBotApi.Sent>> WaitForAnswersAsync(IReadOnlyCollection<long> questions, int timeoutSeconds = 60)
    {
        bool Answered(long question, IReadOnlyList<FakeBotApi.Sent> sent) => sent.Any(m => m.ReplyTo == question);
        var sent = await Eventually.ValueAsync(api.Messages, all => questions.All(q => Answered(q, all)), timeoutSeconds);
        return questions.All(q => Answered(q, sent))
            ? sent
            : throw new TimeoutException($"answered {questions.Count(q => Answered(q, sent))} of {questions.Count} in {timeoutSeconds} s");
    }

    private T Query<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return connection.ExecuteScalar<T>(sql)!;
    }

    [Fact]
    public async Task Faults_when_polling_and_sending_lose_nothing_and_answer_nothing_twice()
    {
        foreach (var fault in new FakeBotApi.Fault[]
                 {
                     new FakeBotApi.Error(409, "Conflict: terminated by other getUpdates request"), new FakeBotApi.Error(500, "Internal Server Error"),
                     new FakeBotApi.Malformed(), new FakeBotApi.Hang(2500), new FakeBotApi.Error(429, "Too Many Requests: retry after 1", RetryAfter: 1),
                 })
            api.PollFaults.Enqueue(fault);
        foreach (var fault in new FakeBotApi.Fault[]
                 {
                     new FakeBotApi.Error(429, "Too Many Requests: retry after 1", RetryAfter: 1), new FakeBotApi.Error(500, "Internal Server Error"),
                     new FakeBotApi.Malformed(), new FakeBotApi.Hang(2500), new FakeBotApi.Error(502, "Bad Gateway"),
                 })
            api.SendFaults.Enqueue(fault);
        var questions = new List<long>();
        foreach (var (user, chat) in new[] { (11L, 11L), (12L, 12L), (13L, -13L) })
        {
            questions.Add(api.AddMessage(user, chat, chat < 0 ? "/ask How many people were evacuated?" : "How many people were evacuated?"));
            questions.Add(api.AddMessage(user, chat, chat < 0 ? "/ask Who is Ilya Bogdanov?" : "Who is Ilya Bogdanov?"));
        }

        // Room for every send fault to land on the same reply without it being given up.
        await using var bot = Start(new Dictionary<string, string> { ["Telegram__MaxAttempts"] = "6" });
        var sent = await WaitForAnswersAsync(questions);
        Assert.All(questions, q => Assert.Single(sent, m => m.ReplyTo == q));
        Assert.False(bot.HasExited);

        var later = api.AddMessage(14, 14, "What did Gladkov say?");
        sent = await WaitForAnswersAsync([.. questions, later]);
        Assert.Single(sent, m => m.ReplyTo == later);
        Assert.Empty(api.PollFaults);
        Assert.Empty(api.SendFaults);
        Assert.Equal(7, await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM updates WHERE status = 'done';"), n => n == 7));
        Assert.Equal(0, await Eventually.ValueAsync(() => Query<long>("SELECT count(*) FROM outbox WHERE status <> 'sent';"), n => n == 0));
    }

    [Fact]
    public async Task An_update_the_library_cannot_read_is_given_up_on_without_holding_up_the_others()
    {
        api.AddRaw(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "not a number", ["chat"] = new JsonObject { ["id"] = 51 } } });
        var question = api.AddMessage(52, 52, "Who is Ilya Bogdanov?");
        await using var bot = Start(new Dictionary<string, string> { ["Telegram__MaxAttempts"] = "2" });
        await WaitForAnswersAsync([question]);
        Assert.Equal("failed", await Eventually.ValueAsync(() => Query<string>("SELECT status FROM updates ORDER BY update_id LIMIT 1;"), s => s == "failed"));
        Assert.Equal(2, Query<long>("SELECT count(*) FROM updates;"));
    }

    [Fact]
    public async Task A_group_that_became_a_supergroup_keeps_getting_answers()
    {
        api.Migrated[-300] = -1_000_000_000_300;
        var before = api.AddMessage(21, -300, "/ask Who is Andriy Chernyak?");
        await using var bot = Start();
        var sent = await WaitForAnswersAsync([before]);
        Assert.All(sent, m => Assert.Equal(-1_000_000_000_300, m.ChatId));

        api.AddMessage(21, -300, null, migrateTo: -1_000_000_000_300);
        var after = api.AddMessage(21, -1_000_000_000_300, "/ask What did Dmitry Peskov say?");
        sent = await WaitForAnswersAsync([before, after]);
        Assert.Equal(-1_000_000_000_300, sent.Single(m => m.ReplyTo == after).ChatId);
        Assert.Equal(-1_000_000_000_300, Query<long>("SELECT migrated_to FROM chat_migrations WHERE chat_id = -300;"));
    }

    [Fact]
    public async Task An_admin_uploads_a_document_as_a_source()
    {
        api.Files["doc-1"] = Encoding.UTF8.GetBytes("The harbour master of Port Elgin said thick fog delayed two ferries by three hours on Friday.");
        var upload = api.AddMessage(7, 7, null, caption: "/addsource Harbour Gazette | Fog delays ferries | 2024-02-03",
            document: new JsonObject { ["file_id"] = "doc-1", ["file_name"] = "ferries.txt", ["file_size"] = 90 });
        var tooBig = api.AddMessage(7, 7, null, caption: "/addsource Harbour Gazette",
            document: new JsonObject { ["file_id"] = "doc-2", ["file_name"] = "huge.txt", ["file_size"] = 50_000_000 });
        var notAllowed = api.AddMessage(8, 8, null, caption: "/addsource Someone",
            document: new JsonObject { ["file_id"] = "doc-1", ["file_name"] = "ferries.txt", ["file_size"] = 90 });
        await using var bot = Start();
        var sent = await WaitForAnswersAsync([upload, tooBig, notAllowed]);
        Assert.Contains("Added source #6 (Harbour Gazette: Fog delays ferries)", sent.Single(m => m.ReplyTo == upload).Text);
        Assert.Contains("larger than the limit", sent.Single(m => m.ReplyTo == tooBig).Text);
        Assert.StartsWith("Sorry, /addsource", sent.Single(m => m.ReplyTo == notAllowed).Text);

        var question = api.AddMessage(9, 9, "Why were the ferries in Port Elgin delayed?");
        sent = await WaitForAnswersAsync([question]);
        Assert.Contains("Harbour Gazette", sent.Single(m => m.ReplyTo == question).Text);
    }

    [Fact]
    public async Task A_review_card_acted_on_is_edited_to_say_so()
    {
        var question = api.AddMessage(41, 41, "Who is Ilya Bogdanov?");
        await using var bot = Start();
        await WaitForAnswersAsync([question]);
        api.AddMessage(7, 7, "/review");
        var card = await Eventually.ValueAsync(() => api.Messages().LastOrDefault(m => m.ChatId == 7 && m.Text.Contains("Review")), c => c is not null, 30);
        var approve = new ButtonData(ButtonAction.Approve, 1);
        Assert.Contains(approve.Encode(), card!.Raw["reply_markup"]!.ToJsonString());

        api.AddCallback(7, 7, 4242, approve.Encode(), "Answer #1 — answered by extractive", card.Raw["reply_markup"]);
        var edit = await Eventually.ValueAsync(() => api.Edits().FirstOrDefault(), e => e is not null, 30);
        Assert.Equal(4242, edit!["message_id"]!.GetValue<long>());
        Assert.Contains("Approved by 7", edit["text"]!.GetValue<string>());
        Assert.Null(edit["reply_markup"]);
        Assert.Equal("approved", Query<string>("SELECT status FROM reviews WHERE answer_id = 1;"));
        Assert.Equal(1, Query<long>("SELECT count(*) FROM audit WHERE action = 'review-button' AND allowed = 1 AND user_id = 7;"));
        var after = await Eventually.ValueAsync(api.Messages, all => all.Any(m => m.ChatId == 7 && m.Text.Contains("queue is empty")), 30);
        Assert.Contains(after, m => m.ChatId == 7 && m.Text.Contains("queue is empty"));
    }

    [Fact]
    public async Task Command_menus_follow_roles_everyone_sees_theirs_and_staff_theirs_in_private()
    {
        await using var bot = Start(new Dictionary<string, string> { ["Telegram__ModeratorIds__0"] = "8" });
        var calls = await Eventually.ValueAsync(() => api.Calls("setMyCommands"), c => c.Count >= 3, 30);
        string[] Menu(string scope, long? chat = null) => calls
            .Single(c => c["scope"]?["type"]?.GetValue<string>() == scope && (chat is null || c["scope"]!["chat_id"]!.GetValue<long>() == chat))["commands"]!
            .AsArray().Select(c => c!["command"]!.GetValue<string>()).ToArray();
        Assert.Equal(["ask", "sources", "help"], Menu("default"));
        var moderator = Menu("chat", 8);
        Assert.Contains("review", moderator);
        Assert.Contains("ask", moderator);
        Assert.DoesNotContain("addsource", moderator);
        Assert.Contains("addsource", Menu("chat", 7));

        api.AddMessage(7, 7, "/grant 9 moderator");
        calls = await Eventually.ValueAsync(() => api.Calls("setMyCommands"), c => c.Count > 3, 30);
        Assert.Contains("review", Menu("chat", 9));
    }

    [Fact]
    public async Task The_token_never_appears_in_logs()
    {
        api.PollFaults.Enqueue(new FakeBotApi.Error(500, $"boom for bot{Token}"));
        api.PollFaults.Enqueue(new FakeBotApi.Malformed());
        api.SendFaults.Enqueue(new FakeBotApi.Error(500, "Internal Server Error"));
        var question = api.AddMessage(31, 31, "Who is Ilya Bogdanov?");
        await using var bot = Start(verbose: true);
        await WaitForAnswersAsync([question]);
        await bot.WaitForOutputAsync("getUpdates failed");
        bot.Kill();
        Assert.Contains("<token>", bot.Output);
        Assert.DoesNotContain("SECRET-token", bot.Output);
    }

    [Fact]
    public async Task A_rejected_token_stops_the_bot_with_a_plain_message_and_a_failing_exit_code()
    {
        await using var bot = BotProcess.Start(folder, DatabasePath, api.BaseUri, "1:wrong", new Dictionary<string, string> { ["Telegram__RequestTimeoutSeconds"] = "1" });
        var exitCode = await bot.WaitForExitAsync(timeoutSeconds: 30);
        Assert.NotEqual(0, exitCode);
        var message = bot.Output.Split('\n').Single(line => line.Contains("Telegram:BotToken", StringComparison.Ordinal));
        Assert.StartsWith("Telegram refused the bot token", message);
        Assert.Contains("@BotFather", message);
        Assert.DoesNotContain("Exception", bot.Output);
        Assert.DoesNotContain("   at ", bot.Output);
    }

    [Fact]
    public async Task Chats_waiting_out_their_limits_do_not_hold_up_a_quiet_chat()
    {
        // Nine groups allowed one message a minute, each with a second answer to send: if a chat
        // waiting for its limit held a worker, the quiet chat would wait for that minute too.
        var firsts = new List<long>();
        for (var g = 1L; g <= 9; g++)
        {
            firsts.Add(api.AddMessage(100 + g, -500 - g, "/ask Who is Ilya Bogdanov?"));
            api.AddMessage(100 + g, -500 - g, "/ask Who is Andriy Chernyak?");
        }
        await using var bot = Start(new Dictionary<string, string> { ["Telegram__GroupMessagesPerMinute"] = "1" });
        await WaitForAnswersAsync(firsts);

        var quiet = api.AddMessage(60, 60, "What did Dmitry Peskov say?");
        var sent = await WaitForAnswersAsync([quiet], timeoutSeconds: 20);
        Assert.Contains("Peskov", sent.Single(m => m.ReplyTo == quiet).Text);
    }
}
