using BenchmarkDotNet.Attributes;
using FactCheckBot.Corpus;
using FactCheckBot.Text;

namespace FactCheckBot.Benchmarks;

// The per-passage work of ingest on a real article: cleaning, sentences, index terms.
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string article = "";
    private string cleaned = "";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus");
        article = File.ReadAllText(Path.Combine(folder, "guardian-moscow-claims-attack-repelled.txt"));
        cleaned = TextCleaner.Clean(article).Text;
    }

    [Benchmark]
    public int Clean() => TextCleaner.Clean(article).Text.Length;

    [Benchmark]
    public int SplitSentences() => Sentences.Split(cleaned).Count;

    [Benchmark]
    public int IndexTerms() => Terms.ToIndexText(cleaned).Length;

    [Benchmark]
    public int Passages() => FactCheckBot.Corpus.Passages.Split(cleaned).Count;
}
