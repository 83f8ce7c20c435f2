using FactCheckBot.Moderation;

namespace FactCheckBot.WebConsole;

// The console's door to the moderation actions, the same ones behind /approve, /flag, /correct, /undo
// and `factcheck log …`: a correction made here reaches the person who asked in Telegram.
public sealed class ConsoleModeration(ModerationActions actions)
{
    public Task<ReviewResult> ApproveAsync(long answerId, long moderatorId, CancellationToken cancellationToken) =>
        actions.ApproveAsync(answerId, moderatorId, cancellationToken);

    public Task<ReviewResult> FlagAsync(long answerId, long moderatorId, string reason, CancellationToken cancellationToken) =>
        actions.FlagAsync(answerId, moderatorId, reason, cancellationToken);

    // notifyAsker: false when the same person is told about this correction for another of their answers.
    public Task<ReviewResult> CorrectAsync(long answerId, long moderatorId, string text, bool notifyAsker, CancellationToken cancellationToken) =>
        actions.CorrectAsync(answerId, moderatorId, text, cancellationToken, notifyAsker);

    public Task<ReviewResult> UndoAsync(long answerId, long moderatorId, CancellationToken cancellationToken) =>
        actions.UndoAsync(answerId, moderatorId, cancellationToken);
}
