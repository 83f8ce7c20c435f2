using FactCheckBot.Answering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// A question from a chat: rate-limited per user, answered once per update (a retry reuses
// the logged answer), rendered as HTML with the feedback buttons.
public sealed class QuestionReplies(
    AnswerService answers, AnswerLog log, QuestionLimiter limiter, ITelegramBotClient bot, ILogger<QuestionReplies> logger)
{
    // "/ask QUESTION", or "/ask" in reply to a message that holds the question.
    public Task<IReadOnlyList<Reply>> AskAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var question = request.Args.Length > 0 ? request.Args : request.Message.ReplyToMessage?.Text ?? throw new CommandUsageException();
        return AnswerAsync(request.UpdateId, request.Message, question, cancellationToken);
    }

    public async Task<IReadOnlyList<Reply>> AnswerAsync(long updateId, Message message, string question, CancellationToken cancellationToken)
    {
        var chat = message.Chat.Id;
        Answer answer;
        if (log.ResultForUpdate(updateId) is { } logged)
        {
            answer = AnswerJson.Deserialize(logged);
        }
        else
        {
            if (message.From is { } from && limiter.Check(from.Id) is { } wait)
                return [Reply.Text(chat, $"You are asking faster than I can check. Please wait {Math.Ceiling(wait.TotalSeconds):0} seconds and ask again.", message.MessageId)];
            await TypingAsync(chat, cancellationToken);
            answer = await answers.AskAsync(question, new Asker(chat, message.From?.Id, updateId), cancellationToken);
        }
        var keyboard = answer.Status == AnswerStatus.Rejected ? null : ButtonData.Feedback(answer.LogId);
        return Reply.Messages(chat, TelegramHtml.Answer(answer), message.MessageId, keyboard);
    }

    // "typing…" while the answer is worked out; not every Bot API server has sendChatAction.
    private async Task TypingAsync(long chat, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendChatAction(chat, ChatAction.Typing, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogDebug("sendChatAction failed: {Error}", ex.Message);
        }
    }
}
