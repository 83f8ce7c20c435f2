using System.Globalization;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheckBot.Telegram;

public enum ButtonAction
{
    Helpful,
    NotHelpful,
    AskModerator,
    Example,
    More,
    Approve,
    Flag,
    Correct,
    Skip,
    RemoveSource,
    KeepSource,
}

// What a button means, written into its callback data and read back from it in this one place:
// 👍 under answer #12 is "fb:up:12". Id is what the button acts on: an answer, an example question
// (its number), a stored "More" page or a source. The codes are the ones buttons already sitting in
// chats carry, so they must not change.
public readonly record struct ButtonData(ButtonAction Action, long Id)
{
    private static readonly Dictionary<ButtonAction, string> Codes = new()
    {
        [ButtonAction.Helpful] = "fb:up",
        [ButtonAction.NotHelpful] = "fb:down",
        [ButtonAction.AskModerator] = "fb:mod",
        [ButtonAction.Example] = "ex",
        [ButtonAction.More] = "more",
        [ButtonAction.Approve] = "rv:ok",
        [ButtonAction.Flag] = "rv:flag",
        [ButtonAction.Correct] = "rv:fix",
        [ButtonAction.Skip] = "rv:skip",
        [ButtonAction.RemoveSource] = "src:rm",
        [ButtonAction.KeepSource] = "src:keep",
    };

    private static readonly Dictionary<string, ButtonAction> Actions = Codes.ToDictionary(c => c.Value, c => c.Key);

    // Review buttons act on the log and are for moderators; source buttons for admins; the rest for everyone.
    public Role Needs => Action switch
    {
        >= ButtonAction.RemoveSource => Role.Admin,
        >= ButtonAction.Approve => Role.Moderator,
        _ => Role.User,
    };

    public string Encode() => $"{Codes[Action]}:{Id.ToString(CultureInfo.InvariantCulture)}";

    public static ButtonData? Parse(string? data)
    {
        var cut = data?.LastIndexOf(':') ?? -1;
        if (cut < 0 || !Actions.TryGetValue(data![..cut], out var action)) return null;
        return long.TryParse(data[(cut + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new ButtonData(action, id)
            : null;
    }

    public InlineKeyboardButton Button(string label) => InlineKeyboardButton.WithCallbackData(label, Encode());

    // Under each answer: "More" when the answer was shortened, then 👍 👎 with the votes so far and "Ask a moderator".
    public static InlineKeyboardMarkup Feedback(long answerId, long up = 0, long down = 0, long? morePage = null)
    {
        InlineKeyboardButton[] feedback =
        [
            new ButtonData(ButtonAction.Helpful, answerId).Button(up > 0 ? $"👍 {up}" : "👍"),
            new ButtonData(ButtonAction.NotHelpful, answerId).Button(down > 0 ? $"👎 {down}" : "👎"),
            new ButtonData(ButtonAction.AskModerator, answerId).Button("Ask a moderator"),
        ];
        return morePage is { } page ? new([[new ButtonData(ButtonAction.More, page).Button("More ⬇️")], feedback]) : new(feedback);
    }

    // The "More" page a keyboard under an answer offers, if any.
    public static long? MorePage(InlineKeyboardMarkup? keyboard) =>
        keyboard?.InlineKeyboard.SelectMany(row => row).Select(b => Parse(b.CallbackData)).FirstOrDefault(b => b?.Action == ButtonAction.More)?.Id;

    // One row under each review card.
    public static InlineKeyboardMarkup Review(long answerId) => new(
        new ButtonData(ButtonAction.Approve, answerId).Button("✅ Approve"),
        new ButtonData(ButtonAction.Flag, answerId).Button("🚩 Flag"),
        new ButtonData(ButtonAction.Correct, answerId).Button("✏️ Correct"),
        new ButtonData(ButtonAction.Skip, answerId).Button("⏭ Skip"));

    // Under a notice to moderators: the review actions without the queue's Skip.
    public static InlineKeyboardMarkup Notice(long answerId) => new(
        new ButtonData(ButtonAction.Approve, answerId).Button("✅ Approve"),
        new ButtonData(ButtonAction.Flag, answerId).Button("🚩 Flag"),
        new ButtonData(ButtonAction.Correct, answerId).Button("✏️ Correct"));

    public static InlineKeyboardMarkup ConfirmRemoval(long sourceId) => new(
        new ButtonData(ButtonAction.RemoveSource, sourceId).Button("🗑 Remove it"),
        new ButtonData(ButtonAction.KeepSource, sourceId).Button("Keep it"));

    // Example questions, one per row; their number (from 1) is the id.
    public static InlineKeyboardMarkup Examples(IReadOnlyList<string> questions) =>
        new(questions.Select((q, i) => new[] { new ButtonData(ButtonAction.Example, i + 1).Button(q) }));

    public static bool IsReviewCard(InlineKeyboardMarkup? keyboard) =>
        keyboard?.InlineKeyboard.SelectMany(row => row).Any(b => Parse(b.CallbackData)?.Action == ButtonAction.Skip) == true;
}
