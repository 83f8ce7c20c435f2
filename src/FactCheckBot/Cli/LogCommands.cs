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
        List(cli), Show(cli), Export(cli), Approve(cli), Flag(cli), Correct(cli), Undo(cli), Stats(cli),
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
            var rows = services.GetRequiredService<AnswerLog>().List(count);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(rows, AnswerJson.Options));
            else
                Table.Print(["id", "asked at", "status", "review", "👍", "👎", "question"], rows.Select(r => new[]
                {
                    r.Id.ToString(), r.AskedAt, r.Status, r.ReviewStatus ?? "", r.Up.ToString(), r.Down.ToString(), LogText.Question(r.Question, r.ForgottenAt),
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
            var entry = services.GetRequiredService<AnswerLog>().Get(id) ?? throw new InputException($"There is no answer #{id} in the log.");
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
            var rows = services.GetRequiredService<AnswerLog>().Export(from);
            if (parse.GetValue(format) == "csv") LogExport.Csv(rows, writer);
            else LogExport.Jsonl(rows, writer);
            return Task.FromResult(0);
        }));
        return command;
    }

    // The review actions are the same ones the bot's /approve, /flag, /correct and the console use, acting for the
    // server's operator (no moderator id): a correction is queued for the person who asked and sent by the running bot.
    private static Command Approve(CliHost cli) =>
        Review(cli, new Command("approve", "Mark an answer as reviewed and right.") { Id },
            (actions, id, _, ct) => actions.ApproveAsync(id, null, ct), showFirst: false);

    private static Command Flag(CliHost cli)
    {
        var reason = new Argument<string>("reason") { Description = "Why the answer is wrong or needs a look." };
        return Review(cli, new Command("flag", "Flag an answer as wrong; until it is reviewed again, askers of the same question are told it is under review.")
            { Id, reason }, (actions, id, parse, ct) => actions.FlagAsync(id, null, parse.GetValue(reason), ct), showFirst: false);
    }

    private static Command Correct(CliHost cli)
    {
        var text = new Argument<string>("text") { Description = "The answer that should have been given." };
        return Review(cli, new Command("correct",
                "Show the question and the answer given, then store the answer that should have been given: the person who asked gets it " +
                "in Telegram (sent by the running bot), and so do later askers of the same question in any words.") { Id, text },
            (actions, id, parse, ct) => actions.CorrectAsync(id, null, parse.GetValue(text), ct), showFirst: true);
    }

    private static Command Undo(CliHost cli) =>
        Review(cli, new Command("undo", "Take back the last approval, flag or correction of an answer.") { Id },
            (actions, id, _, ct) => actions.UndoAsync(id, null, ct), showFirst: false);

    private static Command Review(CliHost cli, Command command, Func<ModerationActions, long, ParseResult, CancellationToken, Task<ReviewResult>> act,
        bool showFirst)
    {
        command.SetAction((parse, token) => cli.Run(parse, token, async (services, ct) =>
        {
            var id = parse.GetValue(Id);
            if (showFirst)
            {
                var entry = services.GetRequiredService<AnswerLog>().Get(id) ?? throw new InputException($"There is no answer #{id} in the log.");
                Console.WriteLine($"Answer #{entry.Id}, asked {entry.AskedAt}" + (entry.ReviewStatus is null ? "" : $", now {entry.ReviewStatus}"));
                Console.WriteLine($"Question: {LogText.Question(entry.Question, entry.ForgottenAt)}");
                Console.WriteLine("Answer given:");
                Console.WriteLine(entry.Answer);
                Console.WriteLine();
            }
            Console.WriteLine((await act(services.GetRequiredService<ModerationActions>(), id, parse, ct)).Message);
            return 0;
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
            var rows = services.GetRequiredService<AnswerLog>().Stats(count);
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
