using BenchmarkDotNet.Attributes;
using FactCheckBot.Answering;
using FactCheckBot.Cli;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheckBot.Benchmarks;

// Retrieval and a whole answer (with its log write) on the default corpus in a temporary database.
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private IHost host = null!;
    private string folder = "";
    private Retriever retriever = null!;
    private AnswerService answers = null!;

    [Params("How many people were injured?", "What did Gladkov say about the drone attacks?", "What did Zelensky say?")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "factcheck-bdn-" + Guid.NewGuid().ToString("N"));
        host = Program.BuildHost(new HostSettings(Path.Combine(folder, "bench.db"), null, Verbose: false, Service: false));
        host.Services.GetRequiredService<DefaultCorpus>().EnsureReady();
        retriever = host.Services.GetRequiredService<Retriever>();
        answers = host.Services.GetRequiredService<AnswerService>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public int Retrieve() => retriever.Retrieve(Question).Quotes.Count;

    [Benchmark]
    public async Task<long> Answer() => (await answers.AskAsync(Question, new Asker())).LogId;
}
