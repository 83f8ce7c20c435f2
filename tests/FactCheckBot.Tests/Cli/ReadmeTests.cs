using FactCheckBot.Answering;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Cli;

// README shows what the program does now.
public sealed class ReadmeTests
{
    private const string Question = "How many people were injured in the raid?";

    [Fact]
    public async Task The_sample_answer_is_the_one_the_build_prints()
    {
        var readme = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"))).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## What an answer looks like", StringComparison.Ordinal)..];
        Assert.Contains($"factcheck ask \"{Question}\"", section[..section.IndexOf("```", StringComparison.Ordinal)]);
        var start = section.IndexOf("```\n", StringComparison.Ordinal) + 4;
        var sample = section[start..section.IndexOf("```", start, StringComparison.Ordinal)].TrimEnd();

        using var app = new TestApp();
        var answer = await app.Get<AnswerService>().AskAsync(Question, new Asker());
        var printed = $"{answer.Text}\n\n(answer log #{answer.LogId})";
        Assert.True(sample == printed,
            $"README's sample answer is out of date; replace it with the output of factcheck ask \"{Question}\" on a new database:\n{printed}");
    }
}
