using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Evaluation;

public static class EvaluationServices
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services) => services.AddTransient<Evaluator>();
}
