using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class LogCommands
{
    public static Command Create(CliHost cli) => new("log", "The answer log: what was asked, the evidence used, what was answered, feedback and reviews.")
    {
        List(cli), Show(cli), Export(cli), Approve(cli), Flag(cli), Correct(cli), Stats(cli),
    };

    private static Command List(CliHost cli)
    {
        var limit = new Option<int>("--limit") { Description = "How many of the latest entries.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("list", "The latest answers, newest first.") { limit, json };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var count = parse.GetValue(limit);
            if (count is < 1 or > 10_000) throw new InputException("--limit must be between 1 and 10000.");
            var rows = services.GetRequiredService<LogBook>().List(count);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(rows, AnswerJson.Options));
            else
                Table.Print(["id", "asked at", "status", "review", "👍", "👎", "question"], rows.Select(r => new[]
                {
                    r.Id.ToString(), r.AskedAt, r.Status, r.ReviewStatus ?? "", r.Up.ToString(), r.Down.ToString(), r.Question,
                }));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static readonly Argument<long> Id = new("id") { Description = "Answer id, as in `log list`." };

    private static Command Show(CliHost cli)
    {
        var command = new Command("show", "One answer in full: question, evidence with scores, answer, feedback, review, timing.") { Id };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var id = parse.GetValue(Id);
            var entry = services.GetRequiredService<LogBook>().Get(id) ?? throw new InputException($"There is no answer #{id} in the log.");
            Console.WriteLine(LogText.Render(entry));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Export(CliHost cli)
    {
        var format = new Option<string>("--format") { Description = "jsonl or csv.", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var since = new Option<string?>("--since") { Description = "Only entries asked on or after this date (YYYY-MM-DD)." };
        var output = new Option<string?>("--output") { Description = "Write to FILE instead of stdout." };
        var command = new Command("export", "Export the answer log for analysis.") { format, since, output };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var from = SourceHints.ValidDate(parse.GetValue(since), "--since");
            var path = parse.GetValue(output);
            using var writer = path is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(path, append: false, new UTF8Encoding(false));
            var rows = services.GetRequiredService<LogBook>().Export(from);
            if (parse.GetValue(format) == "csv") LogExport.Csv(rows, writer);
            else LogExport.Jsonl(rows, writer);
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Approve(CliHost cli)
    {
        var command = new Command("approve", "Mark an answer as reviewed and right.") { Id };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            services.GetRequiredService<Reviews>().Approve(parse.GetValue(Id), null);
            Console.WriteLine($"Approved answer #{parse.GetValue(Id)}.");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Flag(CliHost cli)
    {
        var reason = new Argument<string>("reason") { Description = "Why the answer is wrong or needs a look." };
        var command = new Command("flag", "Flag an answer as wrong.") { Id, reason };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            services.GetRequiredService<Reviews>().Flag(parse.GetValue(Id), null, parse.GetValue(reason)!);
            Console.WriteLine($"Flagged answer #{parse.GetValue(Id)}.");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Correct(CliHost cli)
    {
        var text = new Argument<string>("text") { Description = "The answer that should have been given." };
        var command = new Command("correct", "Store a moderator's answer; repeats of the question get it, marked as such.") { Id, text };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            services.GetRequiredService<Reviews>().Correct(parse.GetValue(Id), null, parse.GetValue(text)!);
            Console.WriteLine($"Stored the correction for answer #{parse.GetValue(Id)}.");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Stats(CliHost cli)
    {
        var days = new Option<int>("--days") { Description = "How many days back.", DefaultValueFactory = _ => 14 };
        var command = new Command("stats", "Answers, not covered, feedback, reviews and model outages by day.") { days };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var count = parse.GetValue(days);
            if (count is < 1 or > 3650) throw new InputException("--days must be between 1 and 3650.");
            var rows = services.GetRequiredService<Reviews>().Stats(count);
            Table.Print(["day", "answers", "answered", "not covered", "rejected", "👍", "👎", "to moderator", "approved", "flagged", "corrected", "model unavailable"],
                rows.Select(r => new[]
                {
                    r.Day, N(r.Answers), N(r.Answered), N(r.NotCovered), N(r.Rejected), N(r.Up), N(r.Down), N(r.ModeratorRequests),
                    N(r.Approved), N(r.Flagged), N(r.Corrected), N(r.ModelUnavailable),
                }));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
