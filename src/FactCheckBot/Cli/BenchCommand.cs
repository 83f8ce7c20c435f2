using System.CommandLine;

namespace FactCheckBot.Cli;

public static class BenchCommand
{
    public static Command Create(CliHost cli) => new("bench", "Benchmark ingest and answer latency.");
}
