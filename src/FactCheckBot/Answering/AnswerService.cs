using System.Diagnostics;
using System.Text.RegularExpressions;
using FactCheckBot.Moderation;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Answering;

// question -> retrieval -> evidence -> answer -> log. Every call ends in the answer log.
public sealed partial class AnswerService(
    Retriever retriever, GroundedComposer grounded, Corrections corrections, AnswerLog log, IOptions<AnsweringOptions> options, TimeProvider time)
{
    // wordsOnly: retrieval without vectors, as with Embeddings:Enabled false (the benchmark and evaluation compare both).
    public async Task<Answer> AskAsync(string? question, Asker asker, CancellationToken cancellationToken = default, bool wordsOnly = false)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var askedAt = time.GetUtcNow();
        var text = Normalize(question);

        if (Reject(text) is { } reason)
            return Log(RejectedAnswer(text, reason), "", askedAt, started, asker, null);
        if (!Language.LooksEnglish(text))
            return Log(RejectedAnswer(text, OtherLanguage()), "", askedAt, started, asker, null);

        var evidence = wordsOnly ? retriever.Retrieve(text) : await retriever.RetrieveAsync(text, cancellationToken);
        // "why did they do it?", "when was this?", "why tho": a question that names nothing but points back at it, or
        // is a bare why / when / who / where, asks about what the sources are about ("how are you today?" does not).
        if (evidence.NothingToSearch && ChatText.IsQuestion(evidence.Question.Text)
            && (PointsBack().IsMatch(evidence.Question.Text) || evidence.Question.Text.Split(' ').Length == 1 && evidence.Question.Type is not QuestionType.Other))
        {
            var about = $"{text} ({options.Value.Topic})";
            evidence = wordsOnly ? retriever.Retrieve(about) : await retriever.RetrieveAsync(about, cancellationToken);
        }
        var key = evidence.Question.Key;
        if (await corrections.FindAsync(text, cancellationToken) is { } earlier)
            return Log(earlier.Mark(ExtractiveComposer.Compose(evidence)) with { Question = text }, key, askedAt, started, asker, evidence);
        if (!grounded.Enabled) return Log(ExtractiveComposer.Compose(evidence) with { Question = text }, key, askedAt, started, asker, evidence);
        var (answer, trace) = await grounded.ComposeAsync(evidence, cancellationToken);
        return Log(answer with { Question = text }, key, askedAt, started, asker, evidence, GroundedComposer.Serialize(trace));
    }

    // The answer already given to a Telegram update (handled again after a failure), or null.
    public Answer? Answered(long updateId) => log.Answered(updateId);

    // Input that never became a question (a malformed batch line, say) is logged as rejected too.
    public Answer LogRejected(string question, string reason, Asker asker) =>
        Log(RejectedAnswer(question, reason), "", time.GetUtcNow(), Stopwatch.GetTimestamp(), asker, null);

    private string OtherLanguage() =>
        $"I can only answer in English, about {options.Value.Incident}. Try for example: “{options.Value.ExampleQuestions.FirstOrDefault() ?? "What happened?"}”";

    private static Answer RejectedAnswer(string question, string reason) =>
        new(null, question, AnswerStatus.Rejected, reason, [], [], [], 0, "validation");

    private Answer Log(Answer answer, string key, DateTimeOffset askedAt, long started, Asker asker, Evidence? evidence, string? llmJson = null)
    {
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var entry = new LogEntry(askedAt, answer.Question, key, asker, answer.Status, answer.Text, answer.Composer,
            Math.Round(latency, 3), AnswerLog.EvidenceJson(evidence), llmJson);
        Answer? logged = null;
        log.Write(entry, id => AnswerJson.Serialize(logged = answer with { LogId = id }));
        return logged!;
    }

    // Why a question would be rejected, or null: lets the command line refuse before anything is logged.
    public string? Reject(string text)
    {
        if (text.Length == 0) return "Please send a question; the message was empty.";
        var max = options.Value.MaxQuestionChars;
        if (text.Length > max)
            return $"The question is too long ({text.Length} characters; the limit is {max}). Please ask it in fewer words.";
        return null;
    }

    // Control characters out, runs of whitespace to one space.
    public static string Normalize(string? question)
    {
        if (string.IsNullOrEmpty(question)) return "";
        var cleaned = new string(question.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return Whitespace().Replace(cleaned, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(it|this|that|they|them|these|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();
}
