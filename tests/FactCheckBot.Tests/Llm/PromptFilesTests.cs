using FactCheckBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Llm;

// The prompt files are read when the program starts, so a missing or broken one stops it with its name.
public sealed class PromptFilesTests : IDisposable
{
    private readonly string folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(folder);

    // Settings checked at start fail together: the model's HTTP clients are built from the same section.
    private string Start()
    {
        var error = Record.Exception(() => new TestApp(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Llm:Model"] = "m", ["Llm:PromptsDirectory"] = folder,
        }));
        var failures = error is AggregateException many ? many.InnerExceptions : [Assert.IsType<OptionsValidationException>(error)];
        return string.Join("\n", failures.SelectMany(e => Assert.IsType<OptionsValidationException>(e).Failures));
    }

    [Fact]
    public async Task The_command_line_names_the_file_and_exits_2()
    {
        var result = await FactcheckProcess.RunAsync(folder, ["--db", Path.Combine(folder, "p.db"), "ask", "Who carried out the raid?"],
            environment: new Dictionary<string, string> { ["Llm__Endpoint"] = "http://127.0.0.1:9/v1", ["Llm__Model"] = "m", ["Llm__PromptsDirectory"] = folder });
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Llm: the prompt file {Path.Combine(folder, "answer.yaml")} is missing (Llm:PromptsDirectory).", result.Stderr.Trim());
    }

    [Fact]
    public void A_missing_prompt_file_is_named()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "prompts", "claim.yaml"), Path.Combine(folder, "claim.yaml"));
        Assert.Contains(Path.Combine(folder, "answer.yaml") + " is missing", Start());
    }

    [Fact]
    public void A_prompt_file_that_is_not_a_prompt_config_is_named()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "prompts", "claim.yaml"), Path.Combine(folder, "claim.yaml"));
        File.WriteAllText(Path.Combine(folder, "answer.yaml"), "template: [unclosed\n  - : :");
        Assert.Contains("answer.yaml is not a Semantic Kernel prompt config", Start());
    }
}
