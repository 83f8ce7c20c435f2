using System.Text.Json;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Cli;

// The factcheck program run as a user runs it: separate process, real files.
public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(folder);

    private Task<FactcheckProcess.Result> Run(string? stdin, params string[] args) =>
        FactcheckProcess.RunAsync(folder, ["--db", Path.Combine(folder, "cli.db"), .. args], stdin);

    private static void NoStackTrace(FactcheckProcess.Result result)
    {
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public async Task Ask_json_prints_exactly_one_contract_object()
    {
        var result = await Run(null, "ask", "How many people were evacuated?", "--json");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var answer = Assert.Single(lines);
        using var json = JsonDocument.Parse(answer);
        Assert.Equal("answered", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("citations").GetArrayLength() >= 2);
        Assert.True(json.RootElement.GetProperty("log_id").GetInt64() > 0);
    }

    [Fact]
    public async Task Batch_echoes_ids_and_survives_bad_lines()
    {
        const string input = """
            {"id": "q1", "question": "Who is Ilya Bogdanov?"}
            not json at all
            {"id": 2, "question": "What did Zelensky say?"}

            {"id": {"nested": true}, "question": ""}
            """;
        var result = await Run(input, "ask", "--batch", "-");
        Assert.Equal(0, result.ExitCode);
        var answers = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, answers.Count);
        Assert.Equal("q1", answers[0].GetProperty("id").GetString());
        Assert.Equal("answered", answers[0].GetProperty("status").GetString());
        Assert.Equal("rejected", answers[1].GetProperty("status").GetString());
        Assert.Contains("Line 2", answers[1].GetProperty("answer").GetString());
        Assert.Equal(2, answers[2].GetProperty("id").GetInt32());
        Assert.Equal("not_covered", answers[2].GetProperty("status").GetString());
        Assert.True(answers[3].GetProperty("id").GetProperty("nested").GetBoolean());
        Assert.Equal("rejected", answers[3].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_readable_answer_names_outlets_and_the_log_entry()
    {
        var result = await Run(null, "ask", "What did Gladkov say?");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The Guardian", result.Stdout);
        Assert.Contains("speaker:", result.Stdout);
        Assert.Contains("(answer log #1)", result.Stdout);
    }

    [Theory]
    [InlineData("sources", "add", "no-such-file.txt", "--outlet", "X")]
    [InlineData("sources", "remove", "999")]
    [InlineData("log", "show", "999")]
    [InlineData("aliases", "remove", "99999")]
    [InlineData("log", "list", "--limit", "0")]
    [InlineData("log", "export", "--format", "jsonl", "--since", "May 2023")]
    [InlineData("sources", "remove", "abc")]
    [InlineData("log", "show", "abc")]
    [InlineData("aliases", "add", "Kyiv")]
    [InlineData("log", "export", "--format", "xml")]
    [InlineData("nosuch")]
    [InlineData("--config", "no-such-settings.json", "sources", "list")]
    [InlineData("log", "export", "--format", "csv", "--output", "no/such/folder/log.csv")]
    [InlineData("ask", "")]
    [InlineData("ask", "   ", "--json")]
    public async Task Bad_input_gets_a_message_on_stderr_and_exit_code_2_and_changes_nothing(params string[] args)
    {
        var before = await Run(null, "log", "list", "--json");
        var result = await Run(null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr));
        Assert.Equal("", result.Stdout);
        NoStackTrace(result);
        Assert.Equal(before.Stdout, (await Run(null, "log", "list", "--json")).Stdout);
    }

    [Fact]
    public async Task Several_processes_opening_a_new_database_at_once_all_succeed()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Run(null, "sources", "list", "--json")));
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
        Assert.All(results, r => Assert.Equal(5, JsonDocument.Parse(r.Stdout).RootElement.GetArrayLength()));
    }

    [Fact]
    public async Task A_question_over_the_length_limit_is_refused_and_not_logged()
    {
        var result = await Run(null, "ask", string.Concat(Enumerable.Repeat("Who led the raid? ", 300)));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("too long", result.Stderr);
        Assert.Equal("[]", (await Run(null, "log", "list", "--json")).Stdout.Trim());
    }

    [Fact]
    public async Task An_empty_log_and_an_empty_corpus_list_and_export_cleanly()
    {
        Assert.Equal("[]", (await Run(null, "log", "list", "--json")).Stdout.Trim());
        var export = await Run(null, "log", "export", "--format", "csv");
        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("id,asked_at", export.Stdout);
        for (var id = 1; id <= 5; id++) Assert.Equal(0, (await Run(null, "sources", "remove", id.ToString())).ExitCode);
        var list = await Run(null, "sources", "list", "--json");
        Assert.Equal(0, list.ExitCode);
        Assert.Equal("[]", list.Stdout.Trim());
    }

    [Fact]
    public async Task A_broken_config_file_is_reported_by_name()
    {
        var config = Path.Combine(folder, "bad.json");
        await File.WriteAllTextAsync(config, "{ not json");
        var result = await Run(null, "--config", config, "sources", "list");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not valid JSON", result.Stderr);
        NoStackTrace(result);
    }

    [Fact]
    public async Task An_invalid_setting_fails_at_start_naming_the_key()
    {
        var result = await FactcheckProcess.RunAsync(folder, ["--db", Path.Combine(folder, "cli.db"), "sources", "list"],
            environment: new Dictionary<string, string> { ["Retrieval__MinCoverage"] = "7" });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Retrieval:MinCoverage", result.Stderr);
        // The message is the setting's own, not the validator's wording with the program's type names.
        Assert.StartsWith("Retrieval:MinCoverage must be between", result.Stderr.Trim());
        Assert.DoesNotContain("RetrievalOptions", result.Stderr);
    }

    [Fact]
    public async Task Sources_can_be_added_listed_and_removed()
    {
        var file = Path.Combine(folder, "note.md");
        await File.WriteAllTextAsync(file, "# Ferry news\n\nThe harbour master said two ferries were delayed by **fog** on Friday.");
        var added = await Run(null, "sources", "add", file, "--outlet", "Harbour Gazette", "--published", "2024-01-02");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Added source #6 (Harbour Gazette: Ferry news)", added.Stdout); // the heading is the title, not text
        var again = await Run(null, "sources", "add", file, "--outlet", "Harbour Gazette");
        Assert.Contains("nothing added", again.Stdout);
        var list = await Run(null, "sources", "list", "--json");
        using (var json = JsonDocument.Parse(list.Stdout))
            Assert.Equal(6, json.RootElement.GetArrayLength());
        var removed = await Run(null, "sources", "remove", "6");
        Assert.Contains("Removed source #6", removed.Stdout);
        var answer = await Run(null, "ask", "Were ferries delayed by fog?", "--json");
        using (var json = JsonDocument.Parse(answer.Stdout))
            Assert.Equal("not_covered", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_log_can_be_reviewed_and_exported()
    {
        await Run(null, "ask", "Who carried out the raid?");
        Assert.Equal(0, (await Run(null, "log", "flag", "1", "misses the RVC")).ExitCode);
        var show = await Run(null, "log", "show", "1");
        Assert.Contains("Review: flagged", show.Stdout);
        Assert.Contains("Evidence (best of", show.Stdout);
        var export = await Run(null, "log", "export", "--format", "jsonl");
        using var json = JsonDocument.Parse(export.Stdout.Trim());
        Assert.Equal("flagged", json.RootElement.GetProperty("review").GetString());
        var csv = await Run(null, "log", "export", "--format", "csv");
        Assert.StartsWith("id,asked_at,", csv.Stdout);
    }

    [Fact]
    public async Task Log_correct_shows_the_question_and_the_old_answer_first_and_log_undo_takes_it_back()
    {
        await Run(null, "ask", "Who carried out the raid?");
        var corrected = await Run(null, "log", "correct", "1", "Two Russian paramilitary groups claimed it; Kyiv denied involvement.");
        Assert.Equal(0, corrected.ExitCode);
        var question = corrected.Stdout.IndexOf("Question: Who carried out the raid?", StringComparison.Ordinal);
        var oldAnswer = corrected.Stdout.IndexOf("Answer given:\n", StringComparison.Ordinal);
        var stored = corrected.Stdout.IndexOf("Stored the correction for answer #1", StringComparison.Ordinal);
        Assert.True(question >= 0 && question < oldAnswer && oldAnswer < stored, corrected.Stdout);
        Assert.Contains("outlets report on this", corrected.Stdout[oldAnswer..stored]);
        Assert.Contains("Review: corrected", (await Run(null, "log", "show", "1")).Stdout);

        // The same question in other words gets the correction.
        using (var json = JsonDocument.Parse((await Run(null, "ask", "who was behind the raid?", "--json")).Stdout))
            Assert.Equal(1, json.RootElement.GetProperty("correction").GetProperty("corrected_log_id").GetInt64());

        var undone = await Run(null, "log", "undo", "1");
        Assert.Equal(0, undone.ExitCode);
        Assert.Contains("Undid the correction of answer #1; it is waiting for review again.", undone.Stdout);
        Assert.Contains("Review: not reviewed", (await Run(null, "log", "show", "1")).Stdout);
        var again = await Run(null, "log", "undo", "1");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("Answer #1 has no review to undo.", again.Stderr);
    }

    [Fact]
    public async Task A_wrong_argument_type_is_explained_without_dotnet_type_names()
    {
        var result = await Run(null, "log", "show", "abc");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("as a whole number", result.Stderr);
        Assert.DoesNotContain("System.", result.Stderr);
    }

    [Fact]
    public async Task Chat_answers_until_an_empty_line()
    {
        var result = await Run("Who is Ilya Bogdanov?\nWhat did Zelensky say?\n\n", "chat");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Military Cognizance", result.Stdout);
        Assert.Contains("none of them mentions “Zelensky”", result.Stdout);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var result = await Run(null, "--help");
        foreach (var command in new[] { "ask", "chat", "sources", "aliases", "log", "bench", "eval" })
            Assert.Contains(command, result.Stdout);
    }
}
