using System.CommandLine;
using System.Text.Json;
using FactCheckBot.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class AskCommands
{
    public static Command Ask(CliHost cli)
    {
        var question = new Argument<string?>("question") { Description = "The question, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON object (the answer contract)." };
        var batch = new Option<string?>("--batch")
        {
            Description = "Read JSONL lines {\"id\": …, \"question\": …} from FILE (- for stdin); print one JSON answer per line, echoing id.",
        };
        var command = new Command("ask", "Answer one question from the corpus, with verbatim quotes and their outlets.") { question, json, batch };
        command.SetAction((parse, token) => cli.Run(parse, token, async (services, ct) =>
        {
            var answers = services.GetRequiredService<AnswerService>();
            var file = parse.GetValue(batch);
            var text = parse.GetValue(question);
            if (file is not null && text is not null) throw new InputException("Give either a question or --batch FILE, not both.");
            if (file is not null) return await Batch(answers, file, ct);
            if (text is null) throw new InputException("Give a question, for example: factcheck ask \"Who carried out the raid?\"");
            if (answers.Reject(AnswerService.Normalize(text)) is { } reason) throw new InputException(reason);
            var answer = await answers.AskAsync(text, new Asker(), ct);
            Console.WriteLine(parse.GetValue(json) ? AnswerJson.Serialize(answer) : $"{answer.Text}\n\n(answer log #{answer.LogId})");
            return 0;
        }));
        return command;
    }

    private static async Task<int> Batch(AnswerService answers, string file, CancellationToken cancellationToken)
    {
        using var reader = file == "-" ? new StreamReader(Console.OpenStandardInput())
            : File.Exists(file) ? new StreamReader(file) : throw new InputException($"No batch file at {file}.");
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Answer answer;
            try
            {
                var item = JsonSerializer.Deserialize<BatchItem>(line, AnswerJson.Options)
                    ?? throw new JsonException("null");
                answer = await answers.AskAsync(item.Question, new Asker(), cancellationToken) with { Id = item.Id };
            }
            catch (JsonException)
            {
                answer = answers.LogRejected(line.Length > 200 ? line[..200] : line,
                    $"Line {lineNumber} is not a JSON object like {{\"id\": 1, \"question\": \"…\"}}.", new Asker());
            }
            Console.WriteLine(AnswerJson.Serialize(answer));
        }
        return 0;
    }

    private sealed record BatchItem(JsonElement? Id, string? Question);

    public static Command Chat(CliHost cli)
    {
        var command = new Command("chat", "Ask questions interactively in the terminal (the same answers the bot gives). Empty line or Ctrl+D ends.");
        command.SetAction((parse, token) => cli.Run(parse, token, async (services, ct) =>
        {
            var answers = services.GetRequiredService<AnswerService>();
            Console.WriteLine("Ask about the incident in the corpus. An empty line, \"exit\" or Ctrl+D ends.");
            while (!ct.IsCancellationRequested)
            {
                Console.Write("\n> ");
                var line = Console.ReadLine();
                if (line is null || string.IsNullOrWhiteSpace(line) || line.Trim() is "exit" or "quit") break;
                var answer = await answers.AskAsync(line, new Asker(), ct);
                Console.WriteLine();
                Console.WriteLine(answer.Text);
            }
            return 0;
        }));
        return command;
    }
}
