using System.CommandLine;
using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class EvalCommand
{
    public static Command Create(CliHost cli)
    {
        var file = new Argument<string>("file")
        {
            Description = "Evaluation set (JSONL). Default: tests/eval/belgorod.jsonl",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("tests", "eval", "belgorod.jsonl"),
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var all = new Option<bool>("--all") { Description = "List every question, not only the failing ones." };
        var wordsOnly = new Option<bool>("--words-only") { Description = "Retrieve on words alone, without sentence vectors." };
        var command = new Command("eval",
            "Score an evaluation set on a fresh temporary database holding the default corpus (--db is ignored).") { file, json, all, wordsOnly };
        // Async all the way: the temporary database is removed only after the evaluation has finished.
        command.SetAction(async (parse, token) =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "factcheck-eval-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                return await cli.Run(parse, token, async (services, ct) =>
                {
                    var items = EvalSet.Load(parse.GetValue(file)!);
                    var report = await services.GetRequiredService<Evaluator>().RunAsync(items, ct, parse.GetValue(wordsOnly));
                    Console.WriteLine(parse.GetValue(json)
                        ? JsonSerializer.Serialize(new { metrics = report.Metrics.Select(m => new { m.Name, m.Hits, m.Total, m.Rate, m.Meaning }), items = report.Items }, AnswerJson.Options)
                        : EvalText.Render(report, parse.GetValue(all)));
                    return 0;
                }, databasePath: Path.Combine(folder, "eval.db"));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }
}
