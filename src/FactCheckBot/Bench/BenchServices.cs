using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Bench;

public static class BenchServices
{
    public static IServiceCollection AddBench(this IServiceCollection services) => services.AddTransient<Benchmark>();
}
