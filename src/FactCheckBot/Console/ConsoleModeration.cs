using FactCheckBot.Moderation;
using FactCheckBot.Telegram;

namespace FactCheckBot.WebConsole;

// The console's one door to the moderation actions, the same ones behind /approve, /flag, /correct
// and `factcheck log approve|flag|correct`. Today that is Moderation/Reviews. When
// Moderation/ModerationActions (issue 11) is in, each method forwards to it instead: a correction
// then also reaches the person who asked, and undo works.
public sealed class ConsoleModeration(Reviews reviews, Roles roles)
{
    // False until ModerationActions is in: corrections are stored but nobody is told, and undo is refused.
    public const bool ClosesTheLoop = false;

    public Task ApproveAsync(long answerId, long moderatorId, CancellationToken cancellationToken)
    {
        reviews.Approve(answerId, moderatorId);
        return Audited(moderatorId, "approve", answerId);
    }

    public Task FlagAsync(long answerId, long moderatorId, string reason, CancellationToken cancellationToken)
    {
        reviews.Flag(answerId, moderatorId, reason);
        return Audited(moderatorId, "flag", answerId);
    }

    // notifyAsker: false when the same person is told about this correction for another of their answers.
    public Task CorrectAsync(long answerId, long moderatorId, string text, bool notifyAsker, CancellationToken cancellationToken)
    {
        reviews.Correct(answerId, moderatorId, text);
        return Audited(moderatorId, "correct", answerId);
    }

    public Task UndoAsync(long answerId, long moderatorId, CancellationToken cancellationToken) =>
        throw new InputException("Undo is not available in this version yet. To change a review, approve, flag or correct the answer again.");

    private Task Audited(long moderatorId, string action, long answerId)
    {
        roles.Audit(moderatorId, null, "console " + action, allowed: true, $"#{answerId}");
        return Task.CompletedTask;
    }
}
