using System.Reflection;
using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Embeddings;
using FactCheckBot.Llm;
using FactCheckBot.Moderation;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using FactCheckBot.WebConsole;

namespace FactCheckBot.Tests.Cli;

// appsettings.example.json must stay true to the options classes.
public sealed class SettingsFileTests
{
    private static readonly Type[] OptionTypes =
        [
            typeof(StorageOptions), typeof(SourcesOptions), typeof(RetrievalOptions), typeof(AnsweringOptions), typeof(TelegramOptions), typeof(LlmOptions),
            typeof(ModerationOptions), typeof(EmbeddingOptions), typeof(ConsoleOptions),
        ];

    private static JsonElement Example()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.example.json"));
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }

    [Fact]
    public void Every_setting_is_documented_in_the_example_file()
    {
        var example = Example();
        foreach (var type in OptionTypes)
        {
            var section = (string)type.GetField("SectionName")!.GetValue(null)!;
            Assert.True(example.TryGetProperty(section, out var values), section);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                Assert.True(values.TryGetProperty(property.Name, out _), $"{section}:{property.Name} is missing from appsettings.example.json");
        }
    }

    [Fact]
    public async Task The_example_file_loads_and_validates()
    {
        var folder = TempFolder.Create();
        try
        {
            var result = await FactcheckProcess.RunAsync(folder,
                ["--config", Path.Combine(RepoPaths.Root, "appsettings.example.json"), "--db", Path.Combine(folder, "x.db"), "roles", "list"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("111111111", result.Stdout);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}
