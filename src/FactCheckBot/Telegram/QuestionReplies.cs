using FactCheckBot.Answering;
using Microsoft.Extensions.Logging;

namespace FactCheckBot.Telegram;

// A question from a chat: rate-limited per user, answered once per update (a retry reuses
// the logged answer), rendered as HTML with the feedback buttons.
public sealed class QuestionReplies(
    AnswerService answers, AnswerLog log, QuestionLimiter limiter, IBotApi api, ILogger<QuestionReplies> logger)
{
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
                return [Replies.Text(chat, $"You are asking faster than I can check. Please wait {Math.Ceiling(wait.TotalSeconds):0} seconds and ask again.", message.MessageId)];
            await TypingAsync(chat, cancellationToken);
            answer = await answers.AskAsync(question, new Asker(chat, message.From?.Id, updateId), cancellationToken);
        }
        var keyboard = answer.Status == AnswerStatus.Rejected ? null : Replies.Feedback(answer.LogId);
        return Replies.Messages(chat, TelegramHtml.Answer(answer), message.MessageId, keyboard);
    }

    private async Task TypingAsync(long chat, CancellationToken cancellationToken)
    {
        try
        {
            await api.SendChatActionAsync(chat, "typing", cancellationToken);
        }
        catch (BotApiException ex)
        {
            logger.LogDebug("sendChatAction failed: {Error}", ex.Message);
        }
    }
}
