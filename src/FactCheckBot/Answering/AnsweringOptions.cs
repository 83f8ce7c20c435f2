using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Answering;

public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    [Range(20, 4096, ErrorMessage = "Answering:MaxQuestionChars must be between 20 and 4096.")]
    public int MaxQuestionChars { get; set; } = 500;
}
