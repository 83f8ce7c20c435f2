using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Llm;

// The prompt files in prompts/, read once at start. A leading <!-- --> block documents the
// variables and is not sent; {{name}} placeholders are filled in.
public sealed partial class Prompts
{
    public sealed record Pair(string System, string User);

    public static readonly string[] Files = ["answer.system.md", "answer.user.md", "claim.system.md", "claim.user.md"];

    public Pair Answer { get; }
    public Pair Claim { get; }

    public Prompts(IOptions<LlmOptions> options)
    {
        var folder = options.Value.PromptsPath;
        Answer = new Pair(Read(folder, "answer.system.md"), Read(folder, "answer.user.md"));
        Claim = new Pair(Read(folder, "claim.system.md"), Read(folder, "claim.user.md"));
    }

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    private static string Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) throw new InputException($"Llm: the prompt file {path} is missing (Llm:PromptsDirectory).");
        return Comment().Replace(File.ReadAllText(path), "", 1).Trim();
    }

    [GeneratedRegex(@"^\s*<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
