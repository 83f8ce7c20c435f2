using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheckBot.Corpus;
using FactCheckBot.Llm;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FactCheckBot.Answering;

public sealed record LlmTrace(
    string Model, string Mode, string? Raw, IReadOnlyList<string> Kept, IReadOnlyList<DroppedSentence> Dropped,
    long? InputTokens, long? OutputTokens, long? TotalTokens, double LatencyMs, string? Fallback, string? Verdict,
    bool ModelUnavailable = false);

// Answers written by a model from numbered passages (the prompt files in prompts/, rendered by
// Semantic Kernel; the reply is JSON: sentences with the passages each cites), then held to the
// passages in code (CitationChecker). A model that fails, refuses, times out or writes too little
// that survives the checks gives way to the extractive answer, and the trace says why.
public sealed partial class GroundedComposer(
    IOptions<LlmOptions> options, SourceStore sources, ILogger<GroundedComposer> logger, Prompts? prompts = null)
{
    public const string Name = "llm";

    public static readonly string[] Verdicts = ["Supported", "Refuted", "Conflicting evidence", "Not enough evidence"];
    private const string NotEnough = "Not enough evidence";

    private static readonly JsonSerializerOptions ReplyJson = new() { PropertyNameCaseInsensitive = true };

    public bool Enabled => prompts is not null && options.Value.ChatEnabled;

    public async Task<(Answer Answer, LlmTrace Trace)> ComposeAsync(Evidence evidence, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        var isClaim = evidence.Question.IsClaim;
        var given = Given(evidence, settings.MaxPassages);
        LlmTrace Trace(ModelReply? reply, CheckedText? check, string? fallback, string? verdict, bool unavailable = false) => new(
            settings.Model!, isClaim ? "claim" : "answer", reply?.Text, check?.Kept.Select(k => k.Text).ToList() ?? [], check?.Dropped ?? [],
            reply?.InputTokens, reply?.OutputTokens, reply?.TotalTokens,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), fallback, verdict, unavailable);

        if (given.Count == 0)
        {
            var none = ExtractiveComposer.Compose(evidence);
            // "Did RFE/RL say …?" when only other outlets speak to it: the answer names them, with no verdict on nothing.
            if (isClaim && evidence.ReportedByOthers.Count == 0)
                none = none with
                {
                    Verdict = NotEnough, Justification = "No passage in the sources speaks to this claim.",
                    Text = $"Verdict: {NotEnough}. No passage in the sources speaks to this claim.\n\n{none.Text}",
                };
            return (none, Trace(null, null, "no passages: the model was not asked", isClaim ? NotEnough : null));
        }

        ModelReply reply;
        try
        {
            reply = await prompts!.AskAsync(isClaim, evidence.Question.Asked, string.Join("\n", given.Select(Describe)), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (why, unavailable) = Failure(ex, settings);
            logger.LogWarning("Model call failed, answering extractively: {Reason}", why);
            return (ExtractiveComposer.Compose(evidence), Trace(null, null, why, null, unavailable));
        }

        if (reply.Refusal is { Length: > 0 } || reply.FinishReason == "ContentFilter") return Fallback("the model refused");
        if (string.IsNullOrWhiteSpace(reply.Text)) return Fallback("empty reply");
        if (reply.FinishReason == "Length") return Fallback($"the reply was cut off at {settings.MaxOutputTokens} tokens (Llm:MaxOutputTokens)");
        return isClaim ? Claim() : Synthesis();

        (Answer, LlmTrace) Fallback(string why, CheckedText? check = null)
        {
            logger.LogInformation("Model answer not used: {Reason}", why);
            return (ExtractiveComposer.Compose(evidence), Trace(reply, check, why, null));
        }

        (Answer, LlmTrace) Synthesis()
        {
            if (Parse<AnswerReply>(reply.Text) is not { Sentences: { } sentences } parsed) return Fallback("the reply is not the JSON answer asked for");
            if (!parsed.Covered) return Fallback("the model found the passages do not answer the question");
            var check = CitationChecker.Check(sentences.Select(Sentence), given, Outlets());
            if (check.Kept.Count == 0 || check.Dropped.Count > check.Kept.Count)
                return Fallback($"too little survived the checks: {check.Kept.Count} of {check.Kept.Count + check.Dropped.Count} sentences", check);
            var text = string.Join(" ", check.Kept.Select(k => k.Text));
            return (Build(evidence, given, check, text, null, null), Trace(reply, check, null, null));
        }

        (Answer, LlmTrace) Claim()
        {
            if (Parse<ClaimReply>(reply.Text) is not { Verdict: { } said, Justification: { } sentences })
                return Fallback("the reply is not the JSON verdict asked for");
            var verdict = Verdicts.FirstOrDefault(v => string.Equals(v, said.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
            if (verdict is null) return Fallback($"unknown verdict \"{said}\"");
            var check = CitationChecker.Check(sentences.Select(Sentence), given, Outlets());
            string? downgraded = null;
            if (verdict != NotEnough && check.Kept.Count == 0)
            {
                downgraded = $"\"{verdict}\" had no justification that survived the checks";
                verdict = NotEnough;
            }
            var justification = check.Kept.Count > 0 ? string.Join(" ", check.Kept.Select(k => k.Text)) : "The sources do not settle this claim.";
            var answer = Build(evidence, given, check, $"Verdict: {verdict}. {justification}", verdict, justification);
            return (answer, Trace(reply, check, downgraded, verdict));
        }
    }

    // Why the call failed, and whether that means the model cannot be reached (counted by /stats)
    // rather than that it answered badly.
    private static (string Reason, bool Unavailable) Failure(Exception ex, LlmOptions settings)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException broken:
                    var cause = broken.InnerException is { } last ? $" (last: {last.Message})" : "";
                    return ($"model unavailable: it failed repeatedly{cause} and is not called for {settings.BreakSeconds} s (Llm:BreakSeconds)", true);
                case TimeoutRejectedException or OperationCanceledException:
                    return ($"model unavailable: timed out after {settings.TimeoutSeconds} s", true);
                case HttpOperationException { StatusCode: { } status } when (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests:
                    return ($"model unavailable: HTTP {(int)status} {e.Message}", true);
                case HttpRequestException:
                    return ($"model unavailable: {e.Message}", true);
            }
        }
        return ($"model error: {ex.Message}", false);
    }

    private Answer Build(Evidence evidence, IReadOnlyList<GivenPassage> given, CheckedText check, string text, string? verdict, string? justification)
    {
        var cited = check.Kept.SelectMany(k => k.Cites).Distinct().Order().ToList();
        var citations = cited.Select(n => Cite(evidence, given.Single(g => g.N == n))).ToList();
        var answer = citations.Count == 0
            ? Answer.NotCovered(evidence.Question.Text, Name, text, evidence.Missing)
            : Answer.Answered(evidence.Question.Text, Name, citations, ExtractiveComposer.FindConflicts(citations), evidence.Missing, text);
        return answer with
        {
            Verdict = verdict, Justification = justification,
            OutletsWithNothing = citations.Count == 0 ? [] : ExtractiveComposer.OutletsWithNothing(evidence.Question, citations),
        };
    }

    // The extractive quote from that passage when there is one, otherwise the whole passage.
    private static Citation Cite(Evidence evidence, GivenPassage given)
    {
        if (evidence.Quotes.FirstOrDefault(q => q.Passage.PassageId == given.Passage.PassageId) is { } quote)
            return ExtractiveComposer.Cite(quote, given.N);
        var p = given.Passage;
        string? speaker = null;
        foreach (var s in Sentences.Split(p.Text))
            if ((speaker = Attribution.Speaker(p.Text[s.Start..s.End], (p.PreviousText ?? "") + " " + p.Text[..s.Start])) is not null) break;
        var hedges = Attribution.Hedges(p.Text, null);
        return new Citation(given.N, p.SourceId, p.Outlet, p.OriginalOutlet, p.Title, p.Url, p.Published, p.Text, speaker,
            hedges.Count > 0, hedges, p.PassageId, (int)p.StartOffset, (int)p.EndOffset);
    }

    // The passages the extractive answer quotes come first, then the rest by score.
    private static List<GivenPassage> Given(Evidence evidence, int max) =>
        evidence.Quotes.Select(q => q.Passage).Concat(evidence.Passages)
            .DistinctBy(p => p.PassageId).Take(max).Select((p, i) => new GivenPassage(i + 1, p)).ToList();

    private static string Describe(GivenPassage g)
    {
        var p = g.Passage;
        var outlet = Answering.Outlets.Name(p.Outlet, p.OriginalOutlet);
        return $"[{g.N}] {outlet}{(p.Published is null ? "" : ", " + p.Published)}: \"{p.Text}\"";
    }

    private IReadOnlyCollection<string> Outlets() =>
        sources.List().SelectMany(s => s.OriginalOutlet is null ? [s.Outlet] : new[] { s.Outlet, s.OriginalOutlet }).Distinct().ToList();

    private sealed record ReplySentence(string? Text, int[]? Citations);

    private sealed record AnswerReply(bool Covered, ReplySentence[]? Sentences);

    private sealed record ClaimReply(string? Verdict, ReplySentence[]? Justification);

    private static ModelSentence Sentence(ReplySentence s) => new(s.Text ?? "", s.Citations ?? []);

    // The JSON object in the reply; a model in JSON mode may still wrap it in a code fence.
    private static T? Parse<T>(string raw) where T : class
    {
        var start = raw.IndexOf('{');
        var end = raw.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(raw[start..(end + 1)], ReplyJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize(LlmTrace trace) => JsonSerializer.Serialize(trace, AnswerJson.Options);

}
