using FactCheckBot.Answering;
using FactCheckBot.Telegram;

namespace FactCheckBot.Moderation;

// What an action did, in a sentence each front door can show as it is.
public sealed record ReviewResult(long AnswerId, string? Status, string Message, bool AskerNotified = false);

// The review actions, one method each, behind every front door: the Telegram commands and review
// buttons, `factcheck log …`, and the web console. Each checks its input (bad input is an
// InputException with a plain sentence, and nothing changes), records the review in the answer log
// and the action in the audit log, and sends what follows from it through the durable outbox:
// a correction to the person who asked, flags and 👎 to the moderators.
// moderatorId: the acting moderator's Telegram user id; null for the command line (the server's operator).
public sealed class ModerationActions(AnswerLog log, Corrections corrections, ModeratorNotices notices, Roles roles)
{
    public const int MaxCorrectionChars = 3000;
    public const int MaxReasonChars = 500;

    public Task<ReviewResult> ApproveAsync(long answerId, long? moderatorId, CancellationToken cancellationToken = default)
    {
        var entry = Reviewable(answerId, moderatorId);
        log.Review(entry.Id, ReviewStatus.Approved, null, null, moderatorId);
        Audit(moderatorId, "approve", entry.Id);
        return Task.FromResult(new ReviewResult(entry.Id, ReviewStatus.Approved, $"Approved answer #{entry.Id}."));
    }

    public async Task<ReviewResult> FlagAsync(long answerId, long? moderatorId, string? reason, CancellationToken cancellationToken = default)
    {
        var entry = Reviewable(answerId, moderatorId);
        var note = Required(reason, "Say why the answer is flagged, for example: wrong casualty figure.", "reason", MaxReasonChars);
        log.Review(entry.Id, ReviewStatus.Flagged, note, null, moderatorId);
        Audit(moderatorId, "flag", entry.Id, note);
        await corrections.RememberAsync(entry.Id, entry.Question, cancellationToken);
        notices.Flagged(entry, moderatorId, note);
        return new ReviewResult(entry.Id, ReviewStatus.Flagged,
            $"Flagged answer #{entry.Id}. Until it is reviewed again, people asking the same question get the quotes with a note that it is under review.");
    }

    // notifyAsker: false when the same person has already been sent this correction for another of their answers.
    public async Task<ReviewResult> CorrectAsync(long answerId, long? moderatorId, string? text, CancellationToken cancellationToken = default,
        bool notifyAsker = true)
    {
        var entry = Reviewable(answerId, moderatorId);
        var correction = Required(text, "Give the answer that should have been given.", "corrected answer", MaxCorrectionChars);
        var action = log.Review(entry.Id, ReviewStatus.Corrected, null, correction, moderatorId);
        Audit(moderatorId, "correct", entry.Id, TelegramHtml.Cut(correction, 200));
        await corrections.RememberAsync(entry.Id, entry.Question, cancellationToken);
        var sent = notifyAsker && notices.CorrectionToAsker(entry, correction, action.At);
        return new ReviewResult(entry.Id, ReviewStatus.Corrected,
            $"Stored the correction for answer #{entry.Id}. " +
            (sent ? "It is on its way to the person who asked, as a reply to their question. " : "") +
            "Later askers of the same question, in any words, get it too, marked as corrected by moderators.", sent);
    }

    // Reverts the latest review action on the answer (a correction already sent stays sent).
    public Task<ReviewResult> UndoAsync(long answerId, long? moderatorId, CancellationToken cancellationToken = default)
    {
        CheckRole(moderatorId);
        var undo = log.Undo(answerId, moderatorId) ?? throw new InputException($"Answer #{answerId} has no review to undo.");
        Audit(moderatorId, "undo", answerId, undo.Undone.Status);
        var now = undo.Now is { } review ? $"it is {review.Status} again (as of {review.At[..10]})" : "it is waiting for review again";
        return Task.FromResult(new ReviewResult(answerId, undo.Now?.Status, $"Undid the {Noun(undo.Undone.Status)} of answer #{answerId}; {now}."));
    }

    // 👍, 👎 or "Ask a moderator" from a chat user. The first call for a moderator on an answer tells them.
    public Task<FeedbackResult> FeedbackAsync(long answerId, long userId, string kind, long? inChat = null,
        CancellationToken cancellationToken = default)
    {
        var result = log.AddFeedback(answerId, userId, kind, inChat);
        if (result.FirstCall && log.Get(answerId) is { } entry) notices.CalledFor(entry, kind);
        return Task.FromResult(result);
    }

    private LogDetail Reviewable(long answerId, long? moderatorId)
    {
        CheckRole(moderatorId);
        var entry = log.Get(answerId) ?? throw new InputException($"There is no answer #{answerId} in the log.");
        if (entry.Status == AnswerStatus.Rejected)
            throw new InputException($"Answer #{answerId} is a refusal of input that was not a question ({TelegramHtml.Cut(entry.Answer, 80)}); there is nothing to review.");
        return entry;
    }

    // Every front door checks roles; this is the last line.
    private void CheckRole(long? moderatorId)
    {
        if (moderatorId is { } id && roles.Of(id) < Role.Moderator) throw new InputException("Only moderators can review answers.");
    }

    private void Audit(long? moderatorId, string action, long answerId, string? detail = null) =>
        roles.Audit(moderatorId, null, action, allowed: true, detail is null ? $"#{answerId}" : $"#{answerId} {detail}");

    private static string Required(string? value, string missing, string what, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) throw new InputException(missing);
        if (text.Length > max) throw new InputException($"The {what} is {text.Length} characters long; the limit is {max}. Please shorten it.");
        return text;
    }

    private static string Noun(string status) => status switch
    {
        ReviewStatus.Approved => "approval",
        ReviewStatus.Flagged => "flag",
        _ => "correction",
    };
}
