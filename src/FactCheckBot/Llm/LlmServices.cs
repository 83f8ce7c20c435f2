using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace FactCheckBot.Llm;

public static class LlmServices
{
    private const string ChatClientName = "llm-chat";
    private const string EmbeddingClientName = "llm-embeddings";

    // The model clients are registered only when configured; with the Llm section empty
    // nothing here is used and answers stay extractive.
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<LlmOptions>(LlmOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || (Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Llm:Endpoint must be an absolute http(s) URL such as http://localhost:8000/v1.")
            .Validate(o => !(o.ChatEnabled || o.EmbeddingsEnabled) || !string.IsNullOrWhiteSpace(o.Endpoint) || !string.IsNullOrWhiteSpace(o.ApiKey),
                "Llm:ApiKey is required for OpenAI's endpoint (set Llm__ApiKey), or set Llm:Endpoint to a self-hosted server.");
        services.AddSingleton<IValidateOptions<LlmOptions>, PromptFilesCheck>();
        var settings = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();

        if (settings.ChatEnabled)
        {
            services.AddHttpClient(ChatClientName).AddResilience(ModelResilience);
            services.AddKernel();
            services.AddSingleton<IChatCompletionService>(sp => new OpenAIChatCompletionService(
                Option(sp).Model!, Client(sp, ChatClientName), sp.GetService<ILoggerFactory>()));
            services.AddSingleton<Prompts>();
            // Semantic Kernel logs a failed call with its stack trace; the composer logs one line and falls back.
            services.AddLogging(logging => logging.AddFilter("Microsoft.SemanticKernel", LogLevel.None));
        }
        // Registered before Embeddings adds the local model, which only fills in when no endpoint is configured.
        if (settings.EmbeddingsEnabled)
        {
            services.AddHttpClient(EmbeddingClientName).AddResilience(ModelResilience);
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
                Client(sp, EmbeddingClientName).GetEmbeddingClient(Option(sp).EmbeddingModel).AsIEmbeddingGenerator());
        }
        return services;
    }

    private static LlmOptions Option(IServiceProvider services) => services.GetRequiredService<IOptions<LlmOptions>>().Value;

    // A model that did not answer in time is not asked again for the same question.
    private static Resilience.Settings ModelResilience(IServiceProvider services)
    {
        var o = Option(services);
        var attempt = TimeSpan.FromSeconds(o.TimeoutSeconds);
        return new Resilience.Settings(attempt, 2 * attempt, o.MaxRetries, TimeSpan.FromSeconds(o.BreakSeconds), RetryAfterTimeout: false);
    }

    // The OpenAI SDK over our resilient HttpClient: its own retries and network timeout off.
    private static OpenAIClient Client(IServiceProvider services, string name)
    {
        var o = Option(services);
        var options = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(services.GetRequiredService<IHttpClientFactory>().CreateClient(name)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (!string.IsNullOrWhiteSpace(o.Endpoint)) options.Endpoint = new Uri(o.Endpoint);
        // Self-hosted servers usually take any key; the SDK insists on one.
        return new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(o.ApiKey) ? "not-needed" : o.ApiKey), options);
    }

    // Prompt files are read at start with the other settings, so a missing or broken one stops the program naming it.
    private sealed class PromptFilesCheck : IValidateOptions<LlmOptions>
    {
        public ValidateOptionsResult Validate(string? name, LlmOptions options)
        {
            if (!options.ChatEnabled) return ValidateOptionsResult.Success;
            try
            {
                foreach (var file in Prompts.Files) Prompts.Load(options, file);
                return ValidateOptionsResult.Success;
            }
            catch (InputException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}
