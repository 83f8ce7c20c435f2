using System.CommandLine;
using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Bench;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class BenchCommand
{
    public static Command Create(CliHost cli)
    {
        var passages = new Option<int>("--passages") { Description = "Synthetic passages to add to the real corpus.", DefaultValueFactory = _ => 100_000 };
        var rounds = new Option<int>("--rounds") { Description = "Times the fixed question set is asked.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("bench",
            "Build a deterministic synthetic corpus plus the real one in a temporary database; report ingest rate, the model's " +
            "embedding rate, answer latency p50/p95/p99 with vectors and on words alone, bare FTS5 latency for the same terms, " +
            "their ratios, and peak memory. --db is ignored.")
        {
            passages, rounds, json,
        };
        command.SetAction((parse, token) =>
        {
            var count = parse.GetValue(passages);
            var times = parse.GetValue(rounds);
            if (count is < 0 or > 5_000_000) return Task.FromResult(CliHost.Fail("--passages must be between 0 and 5000000.", 2));
            if (times is < 1 or > 1000) return Task.FromResult(CliHost.Fail("--rounds must be between 1 and 1000.", 2));
            var folder = Path.Combine(Path.GetTempPath(), "factcheck-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                return cli.Run(parse, token, (services, _) =>
                {
                    var quiet = parse.GetValue(json);
                    var result = services.GetRequiredService<Benchmark>().Run(count, times, quiet ? null : Console.Error.WriteLine);
                    Console.WriteLine(quiet ? JsonSerializer.Serialize(result, AnswerJson.Options) : Describe(result));
                    return Task.FromResult(0);
                }, databasePath: Path.Combine(folder, "bench.db"));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    private static string Describe(BenchResult r) => $"""
        passages           {r.Passages:N0} synthetic + real = {r.TotalPassages:N0} ({r.Sentences:N0} sentence vectors)
        ingest (words)     {r.IngestPassagesPerS:N0} passages/s ({r.IngestSeconds:0.00} s); index optimize {r.OptimizeSeconds:0.00} s
        vectors            {r.Vectors}; index loaded in {r.IndexLoadSeconds:0.00} s
        model embedding    {r.EmbedSentencesPerS:N0} sentences/s (batched, {r.EmbedSample:N0}-sentence sample)
        answer latency     p50 {r.AnswerMsP50:0.00} ms, p95 {r.AnswerMsP95:0.00} ms, p99 {r.AnswerMsP99:0.00} ms ({r.Answers} answers, words and vectors)
          of which query embedding p95 {r.QueryEmbedMsP95:0.00} ms
        words only         p50 {r.LexicalMsP50:0.00} ms, p95 {r.LexicalMsP95:0.00} ms
        bare FTS5 query    p50 {r.FtsMsP50:0.00} ms, p95 {r.FtsMsP95:0.00} ms, p99 {r.FtsMsP99:0.00} ms
        ratio p95          {r.RatioP95:0.00}x (answer), {r.LexicalRatioP95:0.00}x (words only)
        peak memory        {r.PeakMemoryMb:0} MB
        database           {r.DatabaseBytes / 1024.0 / 1024.0:0.0} MB

        per question (answer p50 / max, words only p50, bare FTS5 p50, ms):
        {string.Join("\n", r.Questions.Select(q => $"  {q.AnswerMsP50,7:0.00} {q.AnswerMsMax,7:0.00} {q.LexicalMsP50,7:0.00} {q.FtsMsP50,7:0.00}  {q.Question}"))}
        """;
}
