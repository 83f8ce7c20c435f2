using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;
using FactCheckBot.Answering;
using FactCheckBot.Embeddings;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Moderation;

// What moderators decided about an earlier answer to the same question: its correction, or a flag not yet reviewed.
public sealed record EarlierReview(ReviewedQuestion Question, double Similarity)
{
    public const string EvidenceHeading = "What the sources say:";

    public string Day => Question.At[..10];

    // The answer from the evidence, marked: a correction first with the quotes underneath, or a note that it is under review.
    public Answer Mark(Answer evidence) => Question.Status == ReviewStatus.Corrected
        ? evidence with
        {
            Status = AnswerStatus.Answered,
            Composer = "moderator",
            Text = $"Corrected by moderators on {Day} (answer #{Question.AnswerId}):\n\n{Question.Correction}\n\n{EvidenceHeading}\n\n{evidence.Text}",
            Correction = new Correction(Question.AnswerId, Question.ReviewerId, Question.At, Question.Correction ?? ""),
        }
        : evidence with
        {
            Text = $"Under review: moderators flagged an earlier answer to this question on {Day} (answer #{Question.AnswerId}), " +
                   $"and it is under review. The quotes below are verbatim; read them with that in mind.\n\n{EvidenceHeading}\n\n{evidence.Text}",
            UnderReview = new UnderReview(Question.AnswerId, Question.At),
        };

    // The evidence's own words in an answer Mark wrote (the whole text of any other answer).
    public static string EvidenceText(Answer answer)
    {
        var at = answer.Text.IndexOf(EvidenceHeading + "\n\n", StringComparison.Ordinal);
        return at < 0 ? answer.Text : answer.Text[(at + EvidenceHeading.Length + 2)..];
    }
}

// Finds the corrected or flagged question a new question repeats, in the same words or in other words:
// by cosine similarity of sentence vectors of the questions with chatter and slang taken out
// (Moderation:CorrectionSimilarity), unless they ask about different things (SameQuestion); with
// embeddings off, by the same text once case, punctuation and spacing are set aside. A reviewed
// question's vector is stored when it is reviewed (and for any still missing, on first use), keyed by
// the answer, so corrections stay with their questions whatever happens to aliases or retrieval.
public sealed class Corrections(
    AnswerLog log, SentenceVectors vectors, IOptions<ModerationOptions> options, IOptions<AnsweringOptions> answering)
{
    public async Task<EarlierReview?> FindAsync(string question, CancellationToken cancellationToken)
    {
        if (!log.AnyReviewedQuestions()) return null;
        var reviewed = log.ReviewedQuestions(vectors.Model).Where(q => q.Question.Length > 0).ToList();
        if (reviewed.Count == 0) return null;
        if (await vectors.EmbedQueryAsync([SameQuestion.Cleaned(question)], cancellationToken) is not [var asked])
        {
            var key = Normalized(question);
            return reviewed.FirstOrDefault(q => Normalized(q.Question) == key) is { } same ? new EarlierReview(same, 1) : null;
        }
        var known = await VectorsAsync(reviewed, cancellationToken);
        if (known is null) return null;
        return reviewed.Select((q, i) => new EarlierReview(q, TensorPrimitives.Dot(asked, known[i])))
            .Where(r => r.Similarity >= options.Value.CorrectionSimilarity && !SameQuestion.Differ(question, r.Question.Question, answering.Value.Incident))
            .OrderByDescending(r => r.Similarity)
            .FirstOrDefault();
    }

    // Stores the question's vector when its answer is corrected or flagged; with embeddings off, nothing.
    public async Task RememberAsync(long answerId, string question, CancellationToken cancellationToken)
    {
        if (question.Length > 0 && await vectors.EmbedQueryAsync([SameQuestion.Cleaned(question)], cancellationToken) is [var vector])
            log.RememberVector(answerId, vectors.Model, vector);
    }

    private async Task<float[][]?> VectorsAsync(List<ReviewedQuestion> reviewed, CancellationToken cancellationToken)
    {
        var result = reviewed.Select(q => q.Vector is null ? null : MemoryMarshal.Cast<byte, float>(q.Vector).ToArray()).ToArray();
        var missing = Enumerable.Range(0, reviewed.Count).Where(i => result[i] is null).ToList();
        if (missing.Count == 0) return result!;
        var texts = missing.Select(i => SameQuestion.Cleaned(reviewed[i].Question)).ToList();
        if (await vectors.EmbedQueryAsync(texts, cancellationToken) is not { } made) return null;
        for (var k = 0; k < missing.Count; k++)
        {
            result[missing[k]] = made[k];
            log.RememberVector(reviewed[missing[k]].AnswerId, vectors.Model, made[k]);
        }
        return result!;
    }

    // "What's the weather in Belgorod?!" and "whats the weather in belgorod" are the same text.
    public static string Normalized(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) && builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        return builder.ToString().Trim();
    }
}
