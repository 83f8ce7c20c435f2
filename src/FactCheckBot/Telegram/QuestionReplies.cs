using System.Text.RegularExpressions;
using FactCheckBot.Answering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace FactCheckBot.Telegram;

// A question from a chat: rate-limited per user, answered once per update (a retry reuses the logged
// answer), rendered as HTML with the feedback buttons. The first reply is short, with the whole answer
// behind "More"; it quotes the claim the asker put in quotation marks, and shows a link preview only
// when a single source is cited.
public sealed partial class QuestionReplies(
    AnswerService answers, QuestionLimiter limiter, MorePages pages, ITelegramBotClient bot, ILogger<QuestionReplies> logger)
{
    // Telegram quotes at most this much of the replied-to message.
    private const int MaxQuoteChars = 1024;

    // "/ask QUESTION", or "/ask" in reply to a message that holds the question.
    public Task<IReadOnlyList<Reply>> AskAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var question = request.Args.Length > 0 ? request.Args : request.Message.ReplyToMessage?.Text ?? throw new CommandUsageException();
        return AnswerAsync(request.UpdateId, request.ChatId, request.From.Id, request.MessageId, question, cancellationToken);
    }

    // messageId: the asker's message, replied to (none for an example question's button).
    public async Task<IReadOnlyList<Reply>> AnswerAsync(long updateId, long chat, long? userId, int? messageId, string question,
        CancellationToken cancellationToken)
    {
        if (answers.Answered(updateId) is not { } answer)
        {
            if (userId is { } user && limiter.Check(user) is { Wait: { } wait } limit)
                return limit.Tell
                    ? [Reply.Text(chat, $"You are asking faster than I can check. Please wait {Math.Ceiling(wait.TotalSeconds):0} seconds and ask again; " +
                                        "I will not answer what you send before then.", messageId)]
                    : [];
            await TypingAsync(chat, cancellationToken);
            answer = await answers.AskAsync(question, new Asker(chat, userId, updateId, messageId), cancellationToken);
        }
        var (first, more) = TelegramHtml.Sized(answer);
        var keyboard = answer.Status == AnswerStatus.Rejected ? null
            : ButtonData.Feedback(answer.LogId, morePage: more is null ? null : pages.Store(chat, more));
        var preview = TelegramHtml.PreviewUrl(answer);
        return Reply.Messages(chat, first, messageId, keyboard)
            .Select((reply, i) => reply with { Quote = i == 0 && messageId is not null ? ClaimQuote(question) : null, PreviewUrl = preview })
            .ToList();
    }

    // The words the asker put in quotation marks ("Is it true that “70 attackers were killed”?"), or what follows
    // "Claim:", exactly as typed: Telegram shows that part of their message above the reply.
    public static string? ClaimQuote(string question)
    {
        var quoted = Quoted().Match(question);
        var claim = quoted.Success ? quoted.Groups["text"].Value : ClaimPrefix().Match(question) is { Success: true } prefix ? prefix.Groups["text"].Value : null;
        claim = claim?.Trim();
        return claim is { Length: >= 8 and <= MaxQuoteChars } && claim.Contains(' ') ? claim : null;
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

    [GeneratedRegex("[\"“«„](?<text>[^\"“”«»„]{8,})[\"”»“]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*(?:claim|they say|people say|i heard|i read)\s*:\s*(?<text>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ClaimPrefix();
}
