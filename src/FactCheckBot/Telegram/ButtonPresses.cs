using FactCheckBot.Answering;
using FactCheckBot.Moderation;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheckBot.Telegram;

// Button presses: votes under answers, "More", example questions (everyone); review buttons on review
// cards and notices (moderators); confirming a source's removal (admins).
public sealed class ButtonPresses(
    ModerationActions actions, ModeratorCommands moderators, AdminCommands admins, EveryoneCommands everyone, QuestionReplies questions,
    MorePages pages, AwaitedInput awaited, Roles roles, ITelegramBotClient bot, ILogger<ButtonPresses> logger)
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(long updateId, CallbackQuery callback, CancellationToken cancellationToken)
    {
        if (ButtonData.Parse(callback.Data) is not { } button)
        {
            await AnswerAsync(callback, null, cancellationToken);
            return [];
        }
        var chat = callback.Message?.Chat.Id ?? callback.From.Id;
        var user = callback.From.Id;
        var id = button.Id;
        try
        {
            if (button.Needs > Role.User)
            {
                var allowed = roles.Of(user) >= button.Needs;
                roles.Audit(user, chat, button.Needs == Role.Admin ? "source-button" : "review-button", allowed, callback.Data);
                if (!allowed)
                {
                    logger.LogWarning("Refused button {Data} from user {UserId}", callback.Data, user);
                    await AnswerAsync(callback, $"Only {(button.Needs == Role.Admin ? "admins" : "moderators")} can do that.", cancellationToken);
                    return [];
                }
            }
            switch (button.Action)
            {
                case ButtonAction.Helpful or ButtonAction.NotHelpful or ButtonAction.AskModerator:
                    return await FeedbackAsync(callback, chat, button, cancellationToken);
                case ButtonAction.More:
                    await AnswerAsync(callback, null, cancellationToken);
                    return More(callback, chat, id);
                case ButtonAction.Example:
                    await AnswerAsync(callback, null, cancellationToken);
                    return everyone.Example(id) is { } example
                        ? await questions.AnswerAsync(updateId, chat, user, null, example, cancellationToken)
                        : [];
                case ButtonAction.Approve:
                    var approved = await actions.ApproveAsync(id, user, cancellationToken);
                    await AnswerAsync(callback, approved.Message, cancellationToken);
                    return Acted(callback, chat, $"✅ Approved by {user}");
                case ButtonAction.Flag:
                    await actions.FlagAsync(id, user, "flagged in review", cancellationToken);
                    await AnswerAsync(callback, $"Flagged #{id}. Add a reason with /flag {id} REASON.", cancellationToken);
                    return Acted(callback, chat, $"🚩 Flagged by {user}");
                case ButtonAction.Correct:
                    await AnswerAsync(callback, null, cancellationToken);
                    awaited.Expect(chat, user, InputKind.Correction, id);
                    return [Reply.Text(chat, $"Send the answer that should have been given to #{id} as your next message, and I will store it and " +
                                             $"send it to the person who asked (or use /correct {id} TEXT). Send /cancel to stop.")];
                case ButtonAction.Skip:
                    await AnswerAsync(callback, null, cancellationToken);
                    return moderators.Review(chat, InPrivate(callback), after: id);
                case ButtonAction.RemoveSource or ButtonAction.KeepSource:
                    await AnswerAsync(callback, null, cancellationToken);
                    return admins.ConfirmRemoval(chat, callback.Message?.MessageId, id, button.Action == ButtonAction.RemoveSource, user);
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

    // One vote per user: the other button changes it, the same one again changes nothing. The buttons then show the counts.
    // A 👎 or a call for a moderator is answered in the chat at once: the moderators have been told.
    private async Task<IReadOnlyList<Reply>> FeedbackAsync(CallbackQuery callback, long chat, ButtonData button, CancellationToken cancellationToken)
    {
        var kind = button.Action switch
        {
            ButtonAction.Helpful => FeedbackKind.Up,
            ButtonAction.NotHelpful => FeedbackKind.Down,
            _ => FeedbackKind.Moderator,
        };
        var result = await actions.FeedbackAsync(button.Id, callback.From.Id, kind, inChat: chat, cancellationToken);
        await AnswerAsync(callback, !result.Changed ? "You already said that about this answer."
            : kind == FeedbackKind.Up ? "Thanks for the feedback." : "Thanks — the moderators have been told.", cancellationToken);
        if (!result.Changed || callback.Message is not { } answer) return [];
        List<Reply> replies = [];
        if (kind != FeedbackKind.Moderator)
            replies.Add(Reply.Buttons(chat, answer.MessageId, ButtonData.Feedback(button.Id, result.Up, result.Down, ButtonData.MorePage(answer.ReplyMarkup))));
        if (kind != FeedbackKind.Up)
            replies.Add(Reply.Text(chat, "Thanks for telling me. The moderators have been told; if they correct this answer, the correction will come to this chat.",
                answer.MessageId));
        return replies;
    }

    // The whole answer under the short one, which keeps its votes but loses the "More" button.
    private IReadOnlyList<Reply> More(CallbackQuery callback, long chat, long page)
    {
        if (pages.Get(page, chat) is not { } parts) return [Reply.Text(chat, "That answer is no longer available in full. Ask the question again.")];
        var shown = callback.Message;
        var keyboard = shown?.ReplyMarkup is { } markup
            ? new InlineKeyboardMarkup(markup.InlineKeyboard.Where(row => !row.Any(b => ButtonData.Parse(b.CallbackData)?.Action == ButtonAction.More)))
            : null;
        return [.. shown is null ? [] : new[] { Reply.Buttons(chat, shown.MessageId, keyboard) }, .. Reply.Messages(chat, parts, shown?.MessageId)];
    }

    // The card acted on loses its buttons and says what happened to it; a review card then shows the next in the queue.
    private IReadOnlyList<Reply> Acted(CallbackQuery callback, long chat, string outcome)
    {
        if (callback.Message is not { } card) return [];
        var text = card.Text ?? "";
        if (text.Length > 3500) text = text[..3500] + "…";
        Reply edit = Reply.Edit(chat, card.MessageId, TelegramHtml.Escape(text) + "\n\n<b>" + TelegramHtml.Escape(outcome) + "</b>");
        return ButtonData.IsReviewCard(card.ReplyMarkup) ? [edit, .. moderators.Review(chat, InPrivate(callback), after: 0)] : [edit];
    }

    private static bool InPrivate(CallbackQuery callback) => callback.Message?.Chat.Type is null or ChatType.Private;

    // Stops the spinner on the button; a failure here costs nothing but the toast.
    private async Task AnswerAsync(CallbackQuery callback, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(callback.Id, text is null ? null : TelegramHtml.Cut(text, 200), cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogDebug("answerCallbackQuery failed: {Error}", ex.Message);
        }
    }
}
