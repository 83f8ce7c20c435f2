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

    // What a question that names nothing is about: "why did they do it?" asks about this ("… (the raid)").
    [Required(AllowEmptyStrings = false, ErrorMessage = "Answering:Topic must say in a few words what the sources are about (\"the raid\").")]
    public string Topic { get; set; } = "the raid";

    public string[] ExampleQuestions { get; set; } =
    [
        "How many people were injured?",
        "Who carried out the raid?",
        "Is it true that US weapons were used?",
    ];
}
