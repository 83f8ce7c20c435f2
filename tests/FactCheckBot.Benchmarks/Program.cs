using BenchmarkDotNet.Running;

namespace FactCheckBot.Benchmarks;

public static class BenchmarkMain
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
}
