using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Moderation;

public sealed class ModerationOptions
{
    public const string SectionName = "Moderation";

    // A later question whose sentence vector (chatter and slang taken out) is at least this close (cosine) to a
    // corrected or flagged question's is the same question in other words, unless the two ask about different
    // things (SameQuestion). Calibrated with all-MiniLM-L6-v2 on tests/eval/same-question.jsonl: 15 of 20
    // paraphrases match (0.63–0.98), none of 19 questions about other things does. Those score up to 0.91
    // ("injured" / "killed"), which is why SameQuestion, not this number, tells them apart.
    [Range(0.3, 1.0, ErrorMessage = "Moderation:CorrectionSimilarity must be between 0.3 and 1.")]
    public double CorrectionSimilarity { get; set; } = 0.6;

    // Questions asked in private chats lose their text and askers after this many days; 0 keeps them.
    [Range(0, 36500, ErrorMessage = "Moderation:RetentionDays must be between 0 (keep) and 36500.")]
    public int RetentionDays { get; set; }
}
