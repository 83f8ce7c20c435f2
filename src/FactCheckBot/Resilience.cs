using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace FactCheckBot;

// Retries with backoff and jitter that honour Retry-After, a per-attempt timeout, an overall
// timeout and a circuit breaker: what every outbound HttpClient gets (the Telegram client is
// configured with the bot), from Microsoft.Extensions.Http.Resilience's standard pipeline.
public static class Resilience
{
    // RetryAfterTimeout: whether an attempt that timed out is tried again. Not for the model: a
    // model that did not answer in time is not made to keep a question waiting twice as long.
    public sealed record Settings(TimeSpan AttemptTimeout, TimeSpan TotalTimeout, int MaxRetries, TimeSpan BreakDuration, bool RetryAfterTimeout);

    // The breaker opens when at least half of the calls in the sampling window failed, and at least two.
    public const double FailureRatio = 0.5;
    public const int MinimumThroughput = 2;

    public static IHttpClientBuilder AddResilience(this IHttpClientBuilder builder, Func<IServiceProvider, Settings> settings, bool perHost = false)
    {
        // Polly logs every retry, timeout and opened breaker with a stack trace; callers log one line instead.
        builder.Services.AddLogging(logging => logging.AddFilter("Polly", LogLevel.None));
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan); // the pipeline's timeouts govern
        var pipeline = builder.AddStandardResilienceHandler().Configure((options, services) => Apply(options, settings(services)));
        if (perHost) pipeline.SelectPipelineByAuthority();
        return builder;
    }

    private static void Apply(HttpStandardResilienceOptions options, Settings settings)
    {
        options.AttemptTimeout.Timeout = settings.AttemptTimeout;
        // The standard pipeline insists on an overall timeout longer than one attempt.
        options.TotalRequestTimeout.Timeout = settings.TotalTimeout > settings.AttemptTimeout ? settings.TotalTimeout : settings.AttemptTimeout + TimeSpan.FromSeconds(1);

        options.Retry.MaxRetryAttempts = Math.Max(1, settings.MaxRetries);
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0
            && Transient(args.Outcome)
            && (settings.RetryAfterTimeout || args.Outcome.Exception is not TimeoutRejectedException)
            // A server that asks for a longer pause than one attempt may take is not waited for.
            && !(RetryAfter(args.Outcome.Result) > settings.AttemptTimeout));

        options.CircuitBreaker.FailureRatio = FailureRatio;
        options.CircuitBreaker.MinimumThroughput = MinimumThroughput;
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, 2 * settings.AttemptTimeout.Ticks));
        options.CircuitBreaker.BreakDuration = settings.BreakDuration;
        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(Transient(args.Outcome));
    }

    // Transient as the library sees it (connection failures, timeouts, 408, 429, 5xx), except our own
    // refusals: a private address stays private however often it is tried.
    private static bool Transient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not HttpRequestException { InnerException: InputException } && HttpClientResiliencePredicates.IsTransient(outcome);

    private static TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
