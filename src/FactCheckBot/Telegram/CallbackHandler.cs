using FactCheckBot.Moderation;
using Microsoft.Extensions.Logging;

namespace FactCheckBot.Telegram;

// Button presses: feedback under answers (everyone) and the review buttons (moderators).
public sealed class CallbackHandler(Reviews reviews, ModeratorCommands moderators, Roles roles, IBotApi api, ILogger<CallbackHandler> logger)
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        var parts = (callback.Data ?? "").Split(':');
        if (parts.Length != 3 || !long.TryParse(parts[2], out var id))
        {
            await AnswerAsync(callback, null, cancellationToken);
            return [];
        }
        var chat = callback.Message?.Chat.Id ?? callback.From.Id;
        try
        {
            switch (parts[0], parts[1])
            {
                case ("fb", "up"):
                    reviews.AddFeedback(id, callback.From.Id, FeedbackKind.Up, inChat: chat);
                    await AnswerAsync(callback, "Thanks for the feedback.", cancellationToken);
                    return [];
                case ("fb", "down"):
                    reviews.AddFeedback(id, callback.From.Id, FeedbackKind.Down, inChat: chat);
                    await AnswerAsync(callback, "Thanks — a moderator will look at this answer.", cancellationToken);
                    return [];
                case ("fb", "mod"):
                    reviews.AddFeedback(id, callback.From.Id, FeedbackKind.Moderator, inChat: chat);
                    await AnswerAsync(callback, "Sent to the moderators' queue.", cancellationToken);
                    return [];
            }
            if (parts[0] != "rv") return [];
            if (roles.Of(callback.From.Id) < Role.Moderator)
            {
                logger.LogWarning("Refused review button {Data} from user {UserId}", callback.Data, callback.From.Id);
                roles.Audit(callback.From.Id, chat, "review-button", allowed: false, callback.Data);
                await AnswerAsync(callback, "Only moderators can do that.", cancellationToken);
                return [];
            }
            roles.Audit(callback.From.Id, chat, "review-button", allowed: true, callback.Data);
            switch (parts[1])
            {
                case "ok":
                    reviews.Approve(id, callback.From.Id);
                    await AnswerAsync(callback, $"Approved #{id}.", cancellationToken);
                    return [.. Done(callback, chat, $"✅ Approved by {callback.From.Id}"), .. moderators.Review(chat, after: 0)];
                case "flag":
                    reviews.Flag(id, callback.From.Id, "flagged in review");
                    await AnswerAsync(callback, $"Flagged #{id}. Add a reason with /flag {id} REASON.", cancellationToken);
                    return [.. Done(callback, chat, $"🚩 Flagged by {callback.From.Id}"), .. moderators.Review(chat, after: 0)];
                case "fix":
                    await AnswerAsync(callback, null, cancellationToken);
                    return [Replies.Text(chat, $"Send /correct {id} followed by the answer that should have been given.")];
                case "skip":
                    await AnswerAsync(callback, null, cancellationToken);
                    return moderators.Review(chat, after: id);
                default:
                    return [];
            }
        }
        catch (InputException ex)
        {
            await AnswerAsync(callback, ex.Message, cancellationToken);
            return [];
        }
    }

    // The review card that was acted on loses its buttons and says what happened to it.
    private static IEnumerable<Reply> Done(CallbackQuery callback, long chat, string outcome)
    {
        if (callback.Message is not { } card) yield break;
        var text = card.Text ?? "";
        if (text.Length > 3500) text = text[..3500] + "…";
        yield return Replies.Edit(chat, card.MessageId, TelegramHtml.Escape(text) + "\n\n<b>" + TelegramHtml.Escape(outcome) + "</b>");
    }

    private async Task AnswerAsync(CallbackQuery callback, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await api.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest(callback.Id, text), cancellationToken);
        }
        catch (BotApiException ex)
        {
            logger.LogDebug("answerCallbackQuery failed: {Error}", ex.Message);
        }
    }
}
