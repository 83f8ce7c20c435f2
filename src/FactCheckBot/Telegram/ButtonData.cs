using System.Globalization;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheckBot.Telegram;

public enum ButtonAction
{
    Helpful,
    NotHelpful,
    AskModerator,
    Approve,
    Flag,
    Correct,
    Skip,
}

// What a button under an answer or a review card means, written into its callback data and
// read back from it in this one place: 👍 under answer #12 is "fb:up:12". The codes are the
// ones buttons already sitting in chats carry, so they must not change.
public readonly record struct ButtonData(ButtonAction Action, long AnswerId)
{
    private static readonly Dictionary<ButtonAction, string> Codes = new()
    {
        [ButtonAction.Helpful] = "fb:up",
        [ButtonAction.NotHelpful] = "fb:down",
        [ButtonAction.AskModerator] = "fb:mod",
        [ButtonAction.Approve] = "rv:ok",
        [ButtonAction.Flag] = "rv:flag",
        [ButtonAction.Correct] = "rv:fix",
        [ButtonAction.Skip] = "rv:skip",
    };

    private static readonly Dictionary<string, ButtonAction> Actions = Codes.ToDictionary(c => c.Value, c => c.Key);

    // Review buttons act on the log and are for moderators; feedback buttons are for everyone.
    public Role Needs => Action >= ButtonAction.Approve ? Role.Moderator : Role.User;

    public string Encode() => $"{Codes[Action]}:{AnswerId.ToString(CultureInfo.InvariantCulture)}";

    public static ButtonData? Parse(string? data)
    {
        var cut = data?.LastIndexOf(':') ?? -1;
        if (cut < 0 || !Actions.TryGetValue(data![..cut], out var action)) return null;
        return long.TryParse(data[(cut + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new ButtonData(action, id)
            : null;
    }

    public InlineKeyboardButton Button(string label) => InlineKeyboardButton.WithCallbackData(label, Encode());

    // One row under each answer.
    public static InlineKeyboardMarkup Feedback(long answerId) => new(
        new ButtonData(ButtonAction.Helpful, answerId).Button("👍"),
        new ButtonData(ButtonAction.NotHelpful, answerId).Button("👎"),
        new ButtonData(ButtonAction.AskModerator, answerId).Button("Ask a moderator"));

    // One row under each review card.
    public static InlineKeyboardMarkup Review(long answerId) => new(
        new ButtonData(ButtonAction.Approve, answerId).Button("✅ Approve"),
        new ButtonData(ButtonAction.Flag, answerId).Button("🚩 Flag"),
        new ButtonData(ButtonAction.Correct, answerId).Button("✏️ Correct"),
        new ButtonData(ButtonAction.Skip, answerId).Button("⏭ Skip"));
}
