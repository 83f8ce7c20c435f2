using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Tests.Telegram;

// What the emulator cannot show, against the loopback fake Bot API: documents (getFile), the buttons
// edited under an answer, and notices in a moderators' group.
public sealed class FakeBotApiTests : IAsyncLifetime
{
    private const string Token = "515151:fake-api-token";
    private const long Admin = 7;
    private const long Moderators = -900;
    private readonly string folder = TempFolder.Create();
    private FakeBotApi api = null!;

    public async Task InitializeAsync() => api = await FakeBotApi.StartAsync(Token);

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(folder);
    }

    private BotProcess Start() => BotProcess.Start(folder, Path.Combine(folder, "bot.db"), api.BaseUri, Token, new Dictionary<string, string>
    {
        ["Telegram__RequestTimeoutSeconds"] = "2", ["Telegram__PollTimeoutSeconds"] = "0",
        ["Telegram__AdminIds__0"] = Admin.ToString(), ["Telegram__ModeratorChatId"] = Moderators.ToString(),
    });

    private T Query<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "bot.db")}");
        connection.Open();
        return connection.ExecuteScalar<T>(sql)!;
    }

    private async Task<FakeBotApi.Sent> ReplyToAsync(long message) =>
        (await Eventually.ValueAsync(api.Messages, all => all.Any(m => m.ReplyTo == message), 30)).Single(m => m.ReplyTo == message);

    [Fact]
    public async Task Documents_of_any_length_and_charset_are_added_from_a_caption_or_after_addsource()
    {
        // Longer than a Telegram message can be, so only a document brings it in.
        var article = Articles.Ferries(60);
        Assert.True(article.Length > TelegramHtml.MaxMessageChars);
        api.Files["long"] = Encoding.UTF8.GetBytes(article);
        var longUpload = api.AddMessage(Admin, Admin, null, caption: "/addsource Harbour Gazette | Fog delays ferries | 2024-02-03",
            document: new JsonObject { ["file_id"] = "long", ["file_name"] = "ferries.txt", ["file_size"] = article.Length });

        // An HTML page in windows-1252 says so itself; its curly quotes and accents arrive intact.
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 reopens</title></head><body><article>" +
                   "<p>The owner said the \u201cCaf\u00e9 du Port\u201d would reopen on Monday after the storm, the town council confirmed.</p></article></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        api.Files["page"] = Encoding.GetEncoding(1252).GetBytes(html);
        var prompt = api.AddMessage(Admin, Admin, "/addsource Port Weekly | Caf\u00e9 reopens");
        var page = api.AddMessage(Admin, Admin, null, document: new JsonObject { ["file_id"] = "page", ["file_name"] = "cafe.html", ["file_size"] = 400 });

        await using var bot = Start();
        Assert.Matches(@"Added source #6 \(Harbour Gazette: Fog delays ferries\) with \d+ passages", (await ReplyToAsync(longUpload)).Text);
        Assert.Contains("Now send the article", (await ReplyToAsync(prompt)).Text);
        Assert.Contains("Added source #7 (Port Weekly: Caf\u00e9 reopens)", (await ReplyToAsync(page)).Text);
        Assert.Equal(1, Query<long>("SELECT count(*) FROM sources WHERE text LIKE '%\u201cCaf\u00e9 du Port\u201d%';"));
        Assert.Equal(0, Query<long>("SELECT count(*) FROM answers;"));
    }

    [Fact]
    public async Task A_vote_edits_the_buttons_to_show_it_and_keeps_more()
    {
        var question = api.AddMessage(41, 41, "How many people were injured?");
        await using var bot = Start();
        var answer = await ReplyToAsync(question);
        var keyboard = answer.Raw["reply_markup"]!;
        var down = ButtonData.Parse(keyboard.ToJsonString().Split('"').First(d => d.StartsWith("fb:down:", StringComparison.Ordinal)))!.Value;
        api.AddCallback(41, 41, 5000, down.Encode(), "answer", keyboard);
        var edit = await Eventually.ValueAsync(() => api.Calls("editMessageReplyMarkup").FirstOrDefault(), e => e is not null, 30);
        Assert.Equal(5000, edit!["message_id"]!.GetValue<long>());
        var labels = edit["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => b!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["More ⬇️", "👍", "👎 1", "Ask a moderator"], labels);
    }

    [Fact]
    public async Task The_moderators_group_hears_of_a_downvote_without_a_private_question()
    {
        var secret = api.AddMessage(41, 41, "What did Gladkov say about my street in Shebekino?");
        var open = api.AddMessage(42, -300, "/ask Who carried out the raid?");
        await using var bot = Start();
        foreach (var (message, chat, user) in new[] { (secret, 41L, 41L), (open, -300L, 42L) })
        {
            var answer = await ReplyToAsync(message);
            var id = ButtonData.Parse(answer.Raw["reply_markup"]!.ToJsonString().Split('"').First(d => d.StartsWith("fb:down:", StringComparison.Ordinal)))!.Value;
            api.AddCallback(user, chat, 6000, id.Encode(), "answer", answer.Raw["reply_markup"]);
        }
        var notices = await Eventually.ValueAsync(() => api.Messages().Where(m => m.ChatId == Moderators).ToList(), n => n.Count == 2, 30);
        Assert.Equal(2, notices.Count);
        Assert.Contains(notices, n => n.Text.Contains("asked in a private chat") && n.Text.Contains("/show 1") && !n.Text.Contains("Shebekino"));
        Assert.Contains(notices, n => n.Text.Contains("Who carried out the raid?") && n.Raw["reply_markup"] is not null);
        Assert.DoesNotContain(api.Messages(), m => m.ChatId == Admin && m.Text.Contains("unhelpful"));
    }
}
