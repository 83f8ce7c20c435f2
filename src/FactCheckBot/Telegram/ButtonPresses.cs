using FactCheckBot.Moderation;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheckBot.Telegram;

// Button presses: feedback under answers (everyone) and the review buttons (moderators).
public sealed class ButtonPresses(Reviews reviews, ModeratorCommands moderators, Roles roles, ITelegramBotClient bot, ILogger<ButtonPresses> logger)
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(CallbackQuery callback, CancellationToken cancellationToken)
    {
        if (ButtonData.Parse(callback.Data) is not { } button)
        {
            await AnswerAsync(callback, null, cancellationToken);
            return [];
        }
        var chat = callback.Message?.Chat.Id ?? callback.From.Id;
        var user = callback.From.Id;
        var id = button.AnswerId;
        try
        {
            if (button.Needs == Role.Moderator)
            {
                var allowed = roles.Of(user) >= Role.Moderator;
                roles.Audit(user, chat, "review-button", allowed, callback.Data);
                if (!allowed)
                {
                    logger.LogWarning("Refused review button {Data} from user {UserId}", callback.Data, user);
                    await AnswerAsync(callback, "Only moderators can do that.", cancellationToken);
                    return [];
                }
            }
            switch (button.Action)
            {
                case ButtonAction.Helpful:
                    reviews.AddFeedback(id, user, FeedbackKind.Up, inChat: chat);
                    await AnswerAsync(callback, "Thanks for the feedback.", cancellationToken);
                    return [];
                case ButtonAction.NotHelpful:
                    reviews.AddFeedback(id, user, FeedbackKind.Down, inChat: chat);
                    await AnswerAsync(callback, "Thanks — a moderator will look at this answer.", cancellationToken);
                    return [];
                case ButtonAction.AskModerator:
                    reviews.AddFeedback(id, user, FeedbackKind.Moderator, inChat: chat);
                    await AnswerAsync(callback, "Sent to the moderators' queue.", cancellationToken);
                    return [];
                case ButtonAction.Approve:
                    reviews.Approve(id, user);
                    await AnswerAsync(callback, $"Approved #{id}.", cancellationToken);
                    return [.. Done(callback, chat, $"✅ Approved by {user}"), .. moderators.Review(chat, after: 0)];
                case ButtonAction.Flag:
                    reviews.Flag(id, user, "flagged in review");
                    await AnswerAsync(callback, $"Flagged #{id}. Add a reason with /flag {id} REASON.", cancellationToken);
                    return [.. Done(callback, chat, $"🚩 Flagged by {user}"), .. moderators.Review(chat, after: 0)];
                case ButtonAction.Correct:
                    await AnswerAsync(callback, null, cancellationToken);
                    return [Reply.Text(chat, $"Send /correct {id} followed by the answer that should have been given.")];
                case ButtonAction.Skip:
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
        yield return Reply.Edit(chat, card.MessageId, TelegramHtml.Escape(text) + "\n\n<b>" + TelegramHtml.Escape(outcome) + "</b>");
    }

    // Stops the spinner on the button; a failure here costs nothing but the toast.
    private async Task AnswerAsync(CallbackQuery callback, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(callback.Id, text, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogDebug("answerCallbackQuery failed: {Error}", ex.Message);
        }
    }
}
