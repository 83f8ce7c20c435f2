using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Answering;

public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    [Range(20, 4096, ErrorMessage = "Answering:MaxQuestionChars must be between 20 and 4096.")]
    public int MaxQuestionChars { get; set; } = 500;

    // What the corpus is about, as /start and the other-language reply name it.
    [Required(AllowEmptyStrings = false, ErrorMessage = "Answering:Incident must name the incident the sources cover.")]
    public string Incident { get; set; } = "the cross-border raid into Russia's Belgorod region of 22–24 May 2023";

    public string[] ExampleQuestions { get; set; } =
    [
        "How many people were injured?",
        "Who carried out the raid?",
        "Is it true that US weapons were used?",
    ];
}
