using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace FactCheckBot.Llm;

public sealed record ModelReply(string Text, string? Refusal, string? FinishReason, long? InputTokens, long? OutputTokens, long? TotalTokens);

// The prompt files in prompts/: Semantic Kernel prompt configs in YAML (template, input variables,
// execution settings with the reply's JSON schema), made into kernel functions at start and
// rendered by the kernel over the configured chat model.
public sealed class Prompts(Kernel kernel, IOptions<LlmOptions> options)
{
    public static readonly string[] Files = ["answer.yaml", "claim.yaml"];

    private readonly KernelFunction answer = Load(options.Value, "answer.yaml");
    private readonly KernelFunction claim = Load(options.Value, "claim.yaml");

    public async Task<ModelReply> AskAsync(bool isClaim, string question, string passages, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments { ["question"] = question, ["passages"] = passages };
        var result = await (isClaim ? claim : answer).InvokeAsync(kernel, arguments, cancellationToken);
        var message = result.GetValue<ChatMessageContent>();
        var metadata = message?.Metadata;
        var usage = metadata?.GetValueOrDefault("Usage") as ChatTokenUsage;
        return new ModelReply(message?.Content ?? "", metadata?.GetValueOrDefault("Refusal") as string,
            metadata?.GetValueOrDefault("FinishReason") as string, usage?.InputTokenCount, usage?.OutputTokenCount, usage?.TotalTokenCount);
    }

    // Microsoft.SemanticKernel.Yaml (KernelFunctionYaml) is not served by the package registry here, so
    // the same YAML is read with YamlDotNet and handed to Semantic Kernel's own PromptTemplateConfig.
    // Unquoted scalars keep their YAML types (strict: true stays a boolean in the JSON schema).
    public static KernelFunction Load(LlmOptions settings, string file)
    {
        var path = Path.Combine(settings.PromptsPath, file);
        if (!File.Exists(path)) throw new InputException($"Llm: the prompt file {path} is missing (Llm:PromptsDirectory).");
        PromptTemplateConfig config;
        try
        {
            var yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(File.ReadAllText(path));
            config = PromptTemplateConfig.FromJson(new SerializerBuilder().JsonCompatible().Build().Serialize(yaml ?? new object()));
        }
        catch (Exception ex) when (ex is YamlException or JsonException or ArgumentException)
        {
            throw new InputException($"Llm: the prompt file {path} is not a Semantic Kernel prompt config: {ex.Message}");
        }
        if (config.DefaultExecutionSettings is not { } execution) config.AddExecutionSettings(execution = new PromptExecutionSettings());
        execution.ExtensionData ??= new Dictionary<string, object>();
        execution.ExtensionData["max_tokens"] = settings.MaxOutputTokens;
        return KernelFunctionFactory.CreateFromPrompt(config);
    }
}
