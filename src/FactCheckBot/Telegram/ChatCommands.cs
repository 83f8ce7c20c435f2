using FactCheckBot.WebConsole.SignIn;
using Telegram.Bot.Types;

namespace FactCheckBot.Telegram;

public enum MenuScope
{
    None,           // works, listed in /help, not in Telegram's command menu
    Everyone,       // the menu in every chat
    OwnPrivateChat, // the menu in the private chat of each user who holds the command's role
}

public delegate Task<IReadOnlyList<Reply>> CommandHandler(CommandServices services, CommandRequest request, CancellationToken cancellationToken);

// What the handlers need, handed to each one (like a minimal API's [AsParameters] services).
public sealed record CommandServices(
    EveryoneCommands Everyone, QuestionReplies Questions, ModeratorCommands Moderators, AdminCommands Admins, ConsoleLinkCommand WebConsole);

// One chat command: who may use it, how (usage and an example), what it does (the help line,
// also the menu description) and where the menu shows it.
public sealed record CommandSpec(string Name, Role Role, string Usage, string Example, string Help, MenuScope Menu, CommandHandler Handler)
{
    // "Use /show ID to read an answer in full, for example /show 12."
    public string UsageReply(string? lead = null) => $"{(lead is null ? "" : lead + " ")}Use {Usage} to {Help}, for example {Example}.";

    public BotCommand MenuEntry() => new(Name, char.ToUpperInvariant(Help[0]) + Help[1..]);
}

// Every chat command, declared once: dispatch, role checks, /help and the command menus are
// all read from this table. A new command is a row here and its handler.
public static class ChatCommands
{
    public static readonly IReadOnlyList<CommandSpec> All =
    [
        new("ask", Role.User, "/ask QUESTION", "/ask Who carried out the raid?",
            "ask about the news in my sources", MenuScope.Everyone,
            (s, r, ct) => s.Questions.AskAsync(r, ct)),
        new("sources", Role.User, "/sources", "/sources",
            "list the outlets I answer from", MenuScope.Everyone,
            (s, r, _) => Done(s.Everyone.Sources(r))),
        new("help", Role.User, "/help", "/help",
            "show what I can do", MenuScope.Everyone,
            (s, r, _) => Done(s.Everyone.Help(r))),
        new("start", Role.User, "/start", "/start",
            "say which news I cover, what I can and cannot do, with example questions", MenuScope.None,
            (s, r, _) => Done(s.Everyone.Start(r))),
        new("about", Role.User, "/about", "/about",
            "explain how I work", MenuScope.None,
            (s, r, _) => Done(s.Everyone.About(r))),
        new("forget", Role.User, "/forget", "/forget",
            "remove your questions and votes from my log", MenuScope.None,
            (s, r, _) => Done(s.Everyone.Forget(r))),
        new("cancel", Role.User, "/cancel", "/cancel",
            "stop me waiting for an article or a correction I asked you for", MenuScope.None,
            (s, r, _) => Done([Reply.Text(r.ChatId, "OK — I am not waiting for anything from you now.", r.MessageId)])),

        new("review", Role.Moderator, "/review", "/review",
            "show the next answer waiting for review, users' flags first", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Moderators.Review(r.ChatId, r.InPrivate, after: 0))),
        new("show", Role.Moderator, "/show ID", "/show 12",
            "read an answer in full with its question, evidence, feedback and review", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Moderators.Show(r))),
        new("approve", Role.Moderator, "/approve ID", "/approve 12",
            "mark an answer as right", MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Moderators.ApproveAsync(r, ct)),
        new("flag", Role.Moderator, "/flag ID REASON", "/flag 12 wrong casualty figure",
            "mark an answer as wrong and say why; later askers of the same question are told it is under review", MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Moderators.FlagAsync(r, ct)),
        new("correct", Role.Moderator, "/correct ID TEXT", "/correct 12 The governor said eight people were injured.",
            "give the answer that should have been given; the person who asked gets it, and so do later askers of the same question",
            MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Moderators.CorrectAsync(r, ct)),
        new("undo", Role.Moderator, "/undo ID", "/undo 12",
            "take back the last approval, flag or correction of an answer", MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Moderators.UndoAsync(r, ct)),
        new("log", Role.Moderator, "/log [N]", "/log 20",
            "list the latest N answers (10 unless you say, at most 50)", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Moderators.Log(r))),
        new("stats", Role.Moderator, "/stats", "/stats",
            "count answers, feedback and reviews by day for the last week", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Moderators.Stats(r))),
        new("console", Role.Moderator, "/console", "/console",
            "get a one-time sign-in link to the web console (in our private chat)", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.WebConsole.Handle(r))),

        new("addsource", Role.Admin, "/addsource URL [| Outlet]", "/addsource https://example.com/raid-report | Example News",
            "add an article by its link; or send /addsource Outlet | Title | YYYY-MM-DD and then the article's text or a .txt, .md or .html file " +
            "(also as the file's caption, or in reply to a text)",
            MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Admins.AddSourceAsync(r, ct)),
        new("removesource", Role.Admin, "/removesource ID", "/removesource 6",
            "remove a source (the number /sources shows) and its passages, after you confirm", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Admins.RemoveSource(r))),
        new("alias", Role.Admin, "/alias NAME = VARIANT", "/alias Kyiv = Kiev",
            "teach me another spelling of a name", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Admins.Alias(r))),
        new("grant", Role.Admin, "/grant USER_ID moderator", "/grant 123456789 moderator",
            "make a user a moderator by their numeric Telegram id", MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Admins.GrantAsync(r, ct)),
        new("revoke", Role.Admin, "/revoke USER_ID", "/revoke 123456789",
            "take a moderator role away", MenuScope.OwnPrivateChat,
            (s, r, ct) => s.Admins.RevokeAsync(r, ct)),
        new("block", Role.Admin, "/block USER_ID", "/block 123456789",
            "ignore a user who floods me (recorded in the audit log)", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Admins.Block(r))),
        new("unblock", Role.Admin, "/unblock USER_ID", "/unblock 123456789",
            "listen to a blocked user again", MenuScope.OwnPrivateChat,
            (s, r, _) => Done(s.Admins.Unblock(r))),
    ];

    private static readonly Dictionary<string, CommandSpec> ByName = All.ToDictionary(c => c.Name);

    public static CommandSpec? Find(string name) => ByName.GetValueOrDefault(name);

    // The commands a user with this role sees in /help.
    public static IEnumerable<CommandSpec> For(Role role) => All.Where(c => c.Role <= role);

    // The command menu for a role: everyone's, plus the role's own in its private chats.
    public static IReadOnlyList<BotCommand> Menu(Role role) =>
        All.Where(c => c.Menu == MenuScope.Everyone || c.Menu == MenuScope.OwnPrivateChat && c.Role <= role && role > Role.User)
            .Select(c => c.MenuEntry()).ToList();

    private static Task<IReadOnlyList<Reply>> Done(IReadOnlyList<Reply> replies) => Task.FromResult(replies);
}
