using System.Text.RegularExpressions;
using FactCheckBot.Tests.Support;
using FactCheckBot.WebConsole;
using Microsoft.Playwright;

namespace FactCheckBot.Tests.Console;

// The console in a real browser, served by `factcheck run` beside the bot, against the Telegram emulator:
// a moderator gets a link from the bot, signs in, finds a question in the queue and corrects the answer.
[Collection(EmulatorCollection.Name)]
public sealed partial class BrowserTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private const long Admin = 1001;
    private const long Moderator = 1002;
    private const long Alice = 2001;
    private const long Stranger = 2002;
    private const string Question = "How many people were injured?";
    private const string Correction = "The governor said eight people were injured; 12 were reported a day later.";

    private EmulatorBot bot = null!;
    private Chromium chromium = null!;

    public async Task InitializeAsync()
    {
        var startBot = EmulatorBot.StartAsync(emulator, new Dictionary<string, string>
        {
            ["Telegram__AdminIds__0"] = Admin.ToString(),
            ["Telegram__ModeratorIds__0"] = Moderator.ToString(),
            ["Console__Urls"] = $"http://127.0.0.1:{EmulatorFixture.FreePort()}",
        });
        var launch = Chromium.LaunchAsync();
        bot = await startBot;
        chromium = await launch;
        await bot.Process.WaitForOutputAsync("Web console listening on");
    }

    public async Task DisposeAsync()
    {
        await chromium.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task A_moderator_signs_in_with_a_link_from_the_bot_and_corrects_an_answer()
    {
        var (page, answerId) = await CorrectInBrowserAsync();

        Assert.Equal("corrected", bot.Query<string>("SELECT status FROM reviews WHERE answer_id = @answerId;", new { answerId }));
        Assert.Equal(Moderator, bot.Query<long>("SELECT reviewer_id FROM reviews WHERE answer_id = @answerId;", new { answerId }));
        Assert.Contains(Correction, await page.Locator(".answer-text").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Stats" }).ClickAsync();
        Assert.True(await page.Locator("svg.chart rect").CountAsync() > 0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // Polls the address: WaitForURL waits for a load state that has already passed when the redirect
        // lands before it is called, and then times out.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await page.GotoAsync(page.Url.Replace("/signin", "/stats"));
        Assert.Contains("/signin", page.Url);
    }

    [Fact]
    public async Task A_correction_made_in_the_browser_reaches_the_asker_in_Telegram()
    {
        await CorrectInBrowserAsync();
        var messages = await bot.Client.WaitForAsync(Alice, 2);
        Assert.Contains(messages.Skip(1), m => m.Text.Contains(Correction));
    }

    [Fact]
    public async Task Only_moderators_get_a_link_and_only_in_a_private_chat()
    {
        await bot.Client.SendAsync(Stranger, EmulatorClient.Private(Stranger), "/console");
        Assert.Contains("only for moderators", (await bot.Client.WaitForAsync(Stranger, 1))[0].Text);
        await bot.Client.SendAsync(Moderator, EmulatorClient.Group(-7001), "/console");
        var inGroup = (await bot.Client.WaitForAsync(-7001, 1))[0].Text;
        Assert.Contains("private chat", inGroup);
        Assert.DoesNotContain("token=", inGroup);
        Assert.Equal(0, bot.Query<long>("SELECT count(*) FROM console_links;"));
    }

    // Alice asks in private; the moderator gets a link with /console, signs in, opens Alice's question from the queue and corrects it.
    private async Task<(IPage Page, long AnswerId)> CorrectInBrowserAsync()
    {
        await bot.Client.SendAsync(Alice, EmulatorClient.Private(Alice), Question);
        await bot.Client.WaitForAsync(Alice, 1);
        await bot.Client.SendAsync(Moderator, EmulatorClient.Private(Moderator), "/console");
        var reply = (await bot.Client.WaitForAsync(Moderator, 1))[0].Text;
        var link = LinkPattern().Match(reply).Value;
        Assert.NotEmpty(link);

        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Answers that need a look" }).WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = Question }).ClickAsync();
        // The address is polled: WaitForURL also waits for a load event that may already have fired.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/answers/\\d+$"));
        var answerId = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        Assert.True(await page.Locator("mark").CountAsync() > 0, "the quote is highlighted in its source");

        await page.Locator("#correction").FillAsync(Correction);
        await page.GetByRole(AriaRole.Button, new() { Name = "Correct", Exact = true }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        Assert.Contains($"answer #{answerId}", await page.Locator(".notice").InnerTextAsync());
        return (page, answerId);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/signin\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
