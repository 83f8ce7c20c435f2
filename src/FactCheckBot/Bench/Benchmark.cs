using System.Diagnostics;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Embeddings;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using FactCheckBot.Text;
using Microsoft.Extensions.AI;

namespace FactCheckBot.Bench;

public sealed record BenchResult(
    int Passages, long TotalPassages, double IngestSeconds, double IngestPassagesPerS,
    int Answers, double AnswerMsP50, double AnswerMsP95, double AnswerMsP99,
    double FtsMsP50, double FtsMsP95, double FtsMsP99, double RatioP95, double PeakMemoryMb, long DatabaseBytes,
    IReadOnlyList<QuestionTiming> Questions)
{
    // Words only (no vectors), against the same bare FTS5 query.
    public double LexicalMsP50 { get; init; }
    public double LexicalMsP95 { get; init; }
    public double LexicalRatioP95 { get; init; }
    public double QueryEmbedMsP95 { get; init; }
    // The real model, batched, on a sample of the real articles' sentences (EmbedSample).
    public double EmbedSentencesPerS { get; init; }
    public int EmbedSample { get; init; }
    public long Sentences { get; init; }
    public string Vectors { get; init; } = "";
    public double OptimizeSeconds { get; init; }
    public double IndexLoadSeconds { get; init; }
}

public sealed record QuestionTiming(string Question, double AnswerMsP50, double AnswerMsMax, double LexicalMsP50, double FtsMsP50);

// Ingest throughput and answer latency on one temporary database, with a bare FTS5 query for the same
// terms timed in the same run as the yardstick. Answers are timed on the default path (words and
// vectors, the question embedded each time) and on words alone.
public sealed class Benchmark(Database database, Ingestor ingestor, DefaultCorpus defaultCorpus, AnswerService answers,
    AliasIndex aliases, SourceStore sources, PassageSearch search, SentenceVectors vectors, SentenceIndex index,
    IEmbeddingGenerator<string, Embedding<float>> generator)
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
    public const int EmbedSampleSentences = 2_000;

    public BenchResult Run(int passages, int rounds, Action<string>? progress = null)
    {
        defaultCorpus.EnsureReady();
        // The real articles, read once: their words seed the synthetic corpus, their sentences the model's sample.
        var articles = sources.List().Select(s => sources.GetText(s.Id) ?? "").ToList();
        var seedWords = articles
            .SelectMany(t => t.Split([' ', '\n', ',', '.', '“', '”', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)).ToList();

        progress?.Invoke($"Ingesting {passages:N0} synthetic passages…");
        var before = sources.CountPassages();
        var ingest = TimeSpan.Zero;
        // Generating the text is not ingest: only AddManifest is timed, on words alone (vectors come next).
        foreach (var batch in SyntheticCorpus.Sources(passages, seedWords).Chunk(200))
        {
            var files = batch.ToDictionary(b => b.Entry.File, b => b.Text);
            var manifest = new Manifest("synthetic", batch.Select(b => b.Entry).ToList());
            var started = Stopwatch.GetTimestamp();
            ingestor.AddManifest(manifest, f => files[f], "bench", embed: false);
            ingest += Stopwatch.GetElapsedTime(started);
        }
        var ingested = sources.CountPassages() - before;
        var ingestSeconds = ingest.TotalSeconds;
        var optimize = Stopwatch.StartNew();
        search.Optimize();
        using (var connection = database.Open()) connection.Execute("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);");
        var optimizeSeconds = optimize.Elapsed.TotalSeconds;

        var sample = EmbedSample(articles);
        progress?.Invoke($"Embedding a sample of {sample.Count:N0} sentences with the model… ({Memory()})");
        var embedRate = 0.0;
        if (vectors.Enabled && sample.Count > 0)
        {
            generator.GenerateAsync(sample.Take(64)).GetAwaiter().GetResult(); // loads the model: not throughput
            var started = Stopwatch.GetTimestamp();
            generator.GenerateAsync(sample).GetAwaiter().GetResult();
            embedRate = sample.Count / Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        progress?.Invoke($"Giving the other synthetic sentences stand-in vectors… ({Memory()})");
        var standIn = vectors.Enabled ? vectors.EmbedMissing(using_: new StandInEmbeddings(MiniLmEmbeddingGenerator.Dimensions)) : 0;
        var load = Stopwatch.StartNew();
        var probe = vectors.Enabled ? vectors.EmbedQueryAsync(["warm up"], default).GetAwaiter().GetResult() : null;
        if (probe is not null) index.Nearest(new SentenceIndex.Probe(probe[0]), 1);
        var indexLoad = load.Elapsed.TotalSeconds;

        progress?.Invoke($"Timing answers (words and vectors, then words alone) and bare FTS5 queries… ({Memory()})");
        var matches = Questions.Select(q =>
            FtsQuery.Build(QuestionAnalyzer.Analyze(q, aliases.Current()).Concepts.SelectMany(c => c.Variants)) ?? "\"raid\"").ToList();
        // Warm-up rounds, not measured: the JIT's tiering settles after a few dozen calls per method.
        for (var round = 0; round < WarmupRounds; round++)
            for (var i = 0; i < Questions.Length; i++)
            {
                answers.AskAsync(Questions[i], new Asker()).GetAwaiter().GetResult();
                answers.AskAsync(Questions[i], new Asker(), wordsOnly: true).GetAwaiter().GetResult();
                search.Top(matches[i], 10);
            }

        var (answerMs, lexicalMs, ftsMs, embedMs) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var perQuestion = Questions.Select(_ => (Answer: new List<double>(), Lexical: new List<double>(), Fts: new List<double>())).ToArray();
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < Questions.Length; i++)
            {
                var answer = Time(() => answers.AskAsync(Questions[i], new Asker()).GetAwaiter().GetResult());
                var lexical = Time(() => answers.AskAsync(Questions[i], new Asker(), wordsOnly: true).GetAwaiter().GetResult());
                var fts = Time(() => search.Top(matches[i], 10));
                if (vectors.Enabled) embedMs.Add(Time(() => vectors.EmbedQueryAsync([Questions[i]], default).GetAwaiter().GetResult()));
                answerMs.Add(answer);
                lexicalMs.Add(lexical);
                ftsMs.Add(fts);
                perQuestion[i].Answer.Add(answer);
                perQuestion[i].Lexical.Add(lexical);
                perQuestion[i].Fts.Add(fts);
            }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var total = sources.CountPassages();
        var sentences = index.Count;
        return new BenchResult((int)ingested, total, Round(ingestSeconds), Round(ingested / Math.Max(1e-9, ingestSeconds)), answerMs.Count,
            Percentile(answerMs, 50), Percentile(answerMs, 95), Percentile(answerMs, 99),
            Percentile(ftsMs, 50), Percentile(ftsMs, 95), Percentile(ftsMs, 99),
            Round(Percentile(answerMs, 95) / Math.Max(1e-6, Percentile(ftsMs, 95))),
            Round(process.PeakWorkingSet64 / 1024.0 / 1024.0), new FileInfo(database.FilePath).Length,
            Questions.Select((q, i) => new QuestionTiming(q, Percentile(perQuestion[i].Answer, 50), Round(perQuestion[i].Answer.Max()),
                Percentile(perQuestion[i].Lexical, 50), Percentile(perQuestion[i].Fts, 50))).ToList())
        {
            LexicalMsP50 = Percentile(lexicalMs, 50),
            LexicalMsP95 = Percentile(lexicalMs, 95),
            LexicalRatioP95 = Round(Percentile(lexicalMs, 95) / Math.Max(1e-6, Percentile(ftsMs, 95))),
            QueryEmbedMsP95 = embedMs.Count == 0 ? 0 : Percentile(embedMs, 95),
            EmbedSentencesPerS = Round(embedRate),
            EmbedSample = embedRate > 0 ? sample.Count : 0,
            Sentences = sentences,
            Vectors = !vectors.Enabled ? "off (Embeddings:Enabled false)"
                : $"{sentences - standIn:N0} sentences by {SentenceVectors.ModelId(generator)}, {standIn:N0} synthetic ones by a deterministic stand-in",
            OptimizeSeconds = Round(optimizeSeconds),
            IndexLoadSeconds = Round(indexLoad),
        };
    }

    // The model's rate depends on how many word pieces a sentence makes: the synthetic passages' made-up
    // words make about twice as many as news text. The sample is the real articles' sentences, each copy
    // with its words in another order, so it reads like news text to the tokenizer but no two are the same.
    public static List<string> EmbedSample(IEnumerable<string> articles)
    {
        var sentences = articles.SelectMany(t => Sentences.Split(t).Select(s => t[s.Start..s.End])).Where(s => s.Length > 0).ToList();
        var random = new Random(7);
        var sample = new List<string>(EmbedSampleSentences);
        for (var copy = 0; sentences.Count > 0 && sample.Count < EmbedSampleSentences; copy++)
            foreach (var sentence in sentences.Take(EmbedSampleSentences - sample.Count))
            {
                var words = sentence.Split(' ');
                if (copy > 0) random.Shuffle(words);
                sample.Add(string.Join(' ', words));
            }
        return sample;
    }

    private static string Memory()
    {
        using var process = Process.GetCurrentProcess();
        return $"working set {process.WorkingSet64 / 1024 / 1024:N0} MB, peak {process.PeakWorkingSet64 / 1024 / 1024:N0} MB, GC heap {GC.GetTotalMemory(false) / 1024 / 1024:N0} MB";
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return Round(sorted[Math.Clamp(rank, 0, sorted.Count - 1)]);
    }

    private static double Round(double value) => Math.Round(value, 3);
}
