using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheckBot.Corpus;
using FactCheckBot.Llm;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Answering;

public sealed record LlmTrace(
    string Model, string Mode, string? Raw, IReadOnlyList<string> Kept, IReadOnlyList<DroppedSentence> Dropped,
    long? InputTokens, long? OutputTokens, long? TotalTokens, double LatencyMs, string? Fallback, string? Verdict);

// Answers written by a model from numbered passages, then held to the passages in code
// (CitationChecker). A model that fails, refuses, times out or writes too little that
// survives the checks gives way to the extractive answer, and the trace says why.
public sealed partial class GroundedComposer(
    IOptions<LlmOptions> options, SourceStore sources, ILogger<GroundedComposer> logger, IChatClient? chat = null)
{
    // Read when the composer is built (at start), and only when a model is configured.
    private readonly Prompts? prompts = chat is not null && options.Value.ChatEnabled ? new Prompts(options) : null;

    public const string Name = "llm";

    public static readonly string[] Verdicts = ["Supported", "Refuted", "Conflicting evidence", "Not enough evidence"];
    private const string NotEnough = "Not enough evidence";

    public bool Enabled => chat is not null && options.Value.ChatEnabled;

    public async Task<(Answer Answer, LlmTrace Trace)> ComposeAsync(Evidence evidence, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        var isClaim = IsClaim(evidence.Question.Text);
        var given = Given(evidence, settings.MaxPassages);
        LlmTrace Trace(string? raw, CheckedText? check, ChatResponse? response, string? fallback, string? verdict) => new(
            settings.Model!, isClaim ? "claim" : "answer", raw, check?.Kept.Select(k => k.Text).ToList() ?? [], check?.Dropped ?? [],
            response?.Usage?.InputTokenCount, response?.Usage?.OutputTokenCount, response?.Usage?.TotalTokenCount,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), fallback, verdict);

        if (given.Count == 0)
        {
            var none = ExtractiveComposer.Compose(evidence);
            if (isClaim)
                none = none with
                {
                    Verdict = NotEnough, Justification = "No passage in the sources speaks to this claim.",
                    Text = $"Verdict: {NotEnough}. No passage in the sources speaks to this claim.\n\n{none.Text}",
                };
            return (none, Trace(null, null, null, "no passages: the model was not asked", isClaim ? NotEnough : null));
        }

        var pair = isClaim ? prompts!.Claim : prompts!.Answer;
        var user = Prompts.Fill(pair.User, new Dictionary<string, string>
        {
            ["question"] = evidence.Question.Text,
            ["passages"] = string.Join("\n", given.Select(g => Describe(g))),
        });
        ChatResponse response;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            response = await chat!.GetResponseAsync(
                [new ChatMessage(ChatRole.System, pair.System), new ChatMessage(ChatRole.User, user)],
                new ChatOptions { Temperature = 0, MaxOutputTokens = settings.MaxOutputTokens }, timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var why = ex is OperationCanceledException ? $"timed out after {settings.TimeoutSeconds} s" : $"model error: {ex.Message}";
            logger.LogWarning("Model call failed, answering extractively: {Reason}", why);
            return (ExtractiveComposer.Compose(evidence), Trace(null, null, null, why, null));
        }

        var raw = response.Text ?? "";
        if (response.FinishReason == ChatFinishReason.ContentFilter) return Fallback("the model refused");
        if (string.IsNullOrWhiteSpace(raw)) return Fallback("empty reply");
        return isClaim ? Claim() : Synthesis();

        (Answer, LlmTrace) Fallback(string why, CheckedText? check = null)
        {
            logger.LogInformation("Model answer not used: {Reason}", why);
            return (ExtractiveComposer.Compose(evidence), Trace(raw, check, response, why, null));
        }

        (Answer, LlmTrace) Synthesis()
        {
            if (NotCovered().IsMatch(raw)) return Fallback("the model found the passages do not answer the question");
            var check = CitationChecker.Check(raw, given, Outlets());
            if (check.Kept.Count == 0 || check.Dropped.Count > check.Kept.Count)
                return Fallback($"too little survived the checks: {check.Kept.Count} of {check.Kept.Count + check.Dropped.Count} sentences", check);
            var text = string.Join(" ", check.Kept.Select(k => k.Text));
            return (Build(evidence, given, check, text, null, null), Trace(raw, check, response, null, null));
        }

        (Answer, LlmTrace) Claim()
        {
            if (ParseClaim(raw) is not { } parsed) return Fallback("the reply is not the JSON verdict asked for");
            var verdict = Verdicts.FirstOrDefault(v => string.Equals(v, parsed.Verdict.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
            if (verdict is null) return Fallback($"unknown verdict \"{parsed.Verdict}\"");
            var check = CitationChecker.Check(parsed.Justification, given, Outlets());
            string? downgraded = null;
            if (verdict != NotEnough && check.Kept.Count == 0)
            {
                downgraded = $"\"{verdict}\" had no justification that survived the checks";
                verdict = NotEnough;
            }
            var justification = check.Kept.Count > 0 ? string.Join(" ", check.Kept.Select(k => k.Text)) : "The sources do not settle this claim.";
            var answer = Build(evidence, given, check, $"Verdict: {verdict}. {justification}", verdict, justification);
            return (answer, Trace(raw, check, response, downgraded, verdict));
        }
    }

    private Answer Build(Evidence evidence, IReadOnlyList<GivenPassage> given, CheckedText check, string text, string? verdict, string? justification)
    {
        var cited = check.Kept.SelectMany(k => k.Cites).Distinct().Order().ToList();
        var citations = cited.Select(n => Cite(evidence, given.Single(g => g.N == n))).ToList();
        var status = citations.Count == 0 ? AnswerStatus.NotCovered : AnswerStatus.Answered;
        return new Answer(null, evidence.Question.Text, status, text, citations, ExtractiveComposer.FindConflicts(citations),
            evidence.Missing, 0, Name, verdict, justification);
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
        var outlet = p.OriginalOutlet is null ? p.Outlet : $"{p.Outlet} (republishing {p.OriginalOutlet})";
        return $"[{g.N}] {outlet}{(p.Published is null ? "" : ", " + p.Published)}: \"{p.Text}\"";
    }

    private IReadOnlyCollection<string> Outlets() =>
        sources.List().SelectMany(s => s.OriginalOutlet is null ? [s.Outlet] : new[] { s.Outlet, s.OriginalOutlet }).Distinct().ToList();

    private sealed record ClaimReply(string Verdict, string Justification);

    private static ClaimReply? ParseClaim(string raw)
    {
        var start = raw.IndexOf('{');
        var end = raw.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            using var document = JsonDocument.Parse(raw[start..(end + 1)]);
            var root = document.RootElement;
            return root.TryGetProperty("verdict", out var verdict) && verdict.ValueKind == JsonValueKind.String
                && root.TryGetProperty("justification", out var justification) && justification.ValueKind == JsonValueKind.String
                ? new ClaimReply(verdict.GetString()!, justification.GetString()!) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize(LlmTrace trace) => JsonSerializer.Serialize(trace, AnswerJson.Options);

    // "Is it true that …", "Claim: …", "Did …", "Was …": a statement to check rather than a question to answer.
    public static bool IsClaim(string question) => ClaimStart().IsMatch(question);

    [GeneratedRegex(@"^\s*(?:(?:hey|hi)\s+\w+[,!]?\s*)?(?:claim\s*:|fact[- ]?check\s*:?|true or false\s*:?|is it (?:true|correct|right) (?:that\b)?|(?:did|does|do|was|were|is|are|has|have|had)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimStart();

    [GeneratedRegex(@"^\W*NOT COVERED\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotCovered();
}
