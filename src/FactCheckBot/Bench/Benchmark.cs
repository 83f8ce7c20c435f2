using System.Diagnostics;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;

namespace FactCheckBot.Bench;

public sealed record BenchResult(
    int Passages, long TotalPassages, double IngestSeconds, double IngestPassagesPerS,
    int Answers, double AnswerMsP50, double AnswerMsP95, double AnswerMsP99,
    double FtsMsP50, double FtsMsP95, double FtsMsP99, double RatioP95, double PeakMemoryMb, long DatabaseBytes,
    IReadOnlyList<QuestionTiming> Questions);

public sealed record QuestionTiming(string Question, double AnswerMsP50, double AnswerMsMax, double FtsMsP50);

// Ingest throughput and answer latency on one temporary database, with a bare FTS5
// query for the same terms timed in the same run as the yardstick.
public sealed class Benchmark(Database database, Ingestor ingestor, DefaultCorpus defaultCorpus, AnswerService answers,
    AliasIndex aliases, SourceStore sources)
{
    public static readonly string[] Questions =
    [
        "How many attackers were killed?",
        "How many people were injured in Belgorod?",
        "Who carried out the raid?",
        "What did Gladkov say about the drone attacks?",
        "Did Kiev deny involvement?",
        "What did the US State Department say about American weapons?",
        "Were US-made Humvees used in the raid?",
        "How many residents were evacuated from Graivoron?",
        "What happened to the FSB building?",
        "Who is Ilya Ponomarev?",
        "What did Zelensky say about the raid?",
        "What did the Russian defence ministry claim?",
    ];

    public const int WarmupRounds = 10;

    public BenchResult Run(int passages, int rounds, Action<string>? progress = null)
    {
        defaultCorpus.EnsureReady();
        var seedWords = sources.List().Select(s => sources.GetText(s.Id) ?? "")
            .SelectMany(t => t.Split([' ', '\n', ',', '.', '“', '”', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)).ToList();

        progress?.Invoke($"Ingesting {passages:N0} synthetic passages…");
        var before = sources.CountPassages();
        var ingest = TimeSpan.Zero;
        // Generating the text is not ingest: only AddManifest is timed.
        foreach (var batch in SyntheticCorpus.Sources(passages, seedWords).Chunk(200))
        {
            var files = batch.ToDictionary(b => b.Entry.File, b => b.Text);
            var manifest = new Manifest("synthetic", batch.Select(b => b.Entry).ToList());
            var started = Stopwatch.GetTimestamp();
            ingestor.AddManifest(manifest, f => files[f], "bench");
            ingest += Stopwatch.GetElapsedTime(started);
        }
        var ingested = sources.CountPassages() - before;
        var ingestSeconds = ingest.TotalSeconds;
        using (var connection = database.Open()) connection.Execute("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");

        progress?.Invoke("Timing answers and bare FTS5 queries…");
        var matches = Questions.Select(q =>
            FtsQuery.Build(QuestionAnalyzer.Analyze(q, aliases.Current()).Concepts.SelectMany(c => c.Variants)) ?? "\"raid\"").ToList();
        // Warm-up rounds, not measured: the JIT's tiering settles after a few dozen calls per method.
        for (var round = 0; round < WarmupRounds; round++)
            for (var i = 0; i < Questions.Length; i++)
            {
                answers.AskAsync(Questions[i], new Asker()).GetAwaiter().GetResult();
                Fts(matches[i]);
            }

        var answerMs = new List<double>();
        var ftsMs = new List<double>();
        var perQuestion = Questions.Select(_ => (Answer: new List<double>(), Fts: new List<double>())).ToArray();
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < Questions.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                answers.AskAsync(Questions[i], new Asker()).GetAwaiter().GetResult();
                var answerTime = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                start = Stopwatch.GetTimestamp();
                Fts(matches[i]);
                var ftsTime = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                answerMs.Add(answerTime);
                ftsMs.Add(ftsTime);
                perQuestion[i].Answer.Add(answerTime);
                perQuestion[i].Fts.Add(ftsTime);
            }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var total = sources.CountPassages();
        return new BenchResult((int)ingested, total, Round(ingestSeconds), Round(ingested / Math.Max(1e-9, ingestSeconds)), answerMs.Count,
            Percentile(answerMs, 50), Percentile(answerMs, 95), Percentile(answerMs, 99),
            Percentile(ftsMs, 50), Percentile(ftsMs, 95), Percentile(ftsMs, 99),
            Round(Percentile(answerMs, 95) / Math.Max(1e-6, Percentile(ftsMs, 95))),
            Round(process.PeakWorkingSet64 / 1024.0 / 1024.0), new FileInfo(database.FilePath).Length,
            Questions.Select((q, i) => new QuestionTiming(q, Percentile(perQuestion[i].Answer, 50), Round(perQuestion[i].Answer.Max()),
                Percentile(perQuestion[i].Fts, 50))).ToList());
    }

    private int Fts(string match)
    {
        using var connection = database.Open();
        return connection.Query<long>("SELECT rowid FROM passages_fts WHERE passages_fts MATCH @match ORDER BY rank LIMIT 10;",
            new { match }).Count();
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return Round(sorted[Math.Clamp(rank, 0, sorted.Count - 1)]);
    }

    private static double Round(double value) => Math.Round(value, 3);
}
