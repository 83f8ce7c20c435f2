using FactCheckBot.Telegram;

namespace FactCheckBot.Tests.Telegram;

public sealed class CommandTableTests
{
    [Fact]
    public void Every_row_is_a_valid_Telegram_command_with_usage_and_example()
    {
        Assert.Equal(ChatCommands.All.Count, ChatCommands.All.Select(c => c.Name).Distinct().Count());
        Assert.All(ChatCommands.All, c =>
        {
            Assert.Matches("^[a-z0-9_]{1,32}$", c.Name);
            Assert.StartsWith("/" + c.Name, c.Usage);
            Assert.StartsWith("/" + c.Name, c.Example);
            Assert.InRange(c.MenuEntry().Description.Length, 3, 256);
            Assert.Same(c, ChatCommands.Find(c.Name));
        });
    }

    [Fact]
    public void A_usage_error_is_a_plain_sentence_with_an_example()
    {
        Assert.Equal("Use /show ID to read an answer in full with its question, evidence, feedback and review, for example /show 12.",
            ChatCommands.Find("show")!.UsageReply());
        Assert.StartsWith("Name the outlet. Use /addsource URL", ChatCommands.Find("addsource")!.UsageReply("Name the outlet."));
    }

    [Fact]
    public void Everyone_sees_ask_help_and_sources_in_the_menu()
    {
        Assert.Equal(["ask", "sources", "help"], ChatCommands.Menu(Role.User).Select(c => c.Command));
    }

    [Fact]
    public void Moderators_and_admins_see_their_own_commands_too()
    {
        var moderator = ChatCommands.Menu(Role.Moderator).Select(c => c.Command).ToList();
        var admin = ChatCommands.Menu(Role.Admin).Select(c => c.Command).ToList();
        Assert.Contains("review", moderator);
        Assert.DoesNotContain("grant", moderator);
        Assert.Contains("grant", admin);
        Assert.Contains("review", admin);
        Assert.DoesNotContain("about", admin);
    }

    [Fact]
    public void Help_lists_the_commands_of_the_askers_role_from_the_table()
    {
        var user = EveryoneCommands.HelpText(Role.User);
        var moderator = EveryoneCommands.HelpText(Role.Moderator);
        var admin = EveryoneCommands.HelpText(Role.Admin);
        Assert.Contains("/ask QUESTION — ask about the news in my sources", user);
        Assert.Contains("/about — explain how I work", user);
        Assert.DoesNotContain("/review", user);
        Assert.Contains("<b>Moderators</b>\n/review — ", moderator);
        Assert.DoesNotContain("/grant", moderator);
        Assert.All(ChatCommands.All, c => Assert.Contains(TelegramHtml.Escape(c.Usage) + " — ", admin));
    }
}
