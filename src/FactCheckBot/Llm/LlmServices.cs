using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Llm;

public static class LlmServices
{
    // The model clients are registered only when configured; with the Llm section empty
    // nothing here is used and answers stay extractive.
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<LlmOptions>(LlmOptions.SectionName)
            .Validate(o => !o.ChatEnabled || Prompts.Files.All(f => File.Exists(Path.Combine(o.PromptsPath, f))),
                "Llm:PromptsDirectory must hold answer.system.md, answer.user.md, claim.system.md and claim.user.md.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || (Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Llm:Endpoint must be an absolute http(s) URL such as http://localhost:8000/v1.")
            .Validate(o => !(o.ChatEnabled || o.EmbeddingsEnabled) || !string.IsNullOrWhiteSpace(o.Endpoint) || !string.IsNullOrWhiteSpace(o.ApiKey),
                "Llm:ApiKey is required for OpenAI's endpoint (set Llm__ApiKey), or set Llm:Endpoint to a self-hosted server.");
        var settings = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (settings.ChatEnabled)
            services.AddSingleton<IChatClient>(sp => new OpenAiChatClient(sp.GetRequiredService<IOptions<LlmOptions>>().Value));
        if (settings.EmbeddingsEnabled)
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
                new OpenAiEmbeddingGenerator(sp.GetRequiredService<IOptions<LlmOptions>>().Value));
        return services;
    }
}
