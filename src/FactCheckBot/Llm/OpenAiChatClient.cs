using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;
using AiFinishReason = Microsoft.Extensions.AI.ChatFinishReason;

namespace FactCheckBot.Llm;

// IChatClient over the OpenAI SDK's ChatClient, for any OpenAI-compatible endpoint.
// Ours because the registry here has no Microsoft.Extensions.AI.OpenAI; kept to what we use.
public sealed class OpenAiChatClient(LlmOptions options) : IChatClient
{
    private readonly ChatClient client = new(options.Model, Credential(options), ClientOptions(options));

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? chatOptions = null,
        CancellationToken cancellationToken = default)
    {
        var request = new ChatCompletionOptions
        {
            Temperature = chatOptions?.Temperature,
            MaxOutputTokenCount = chatOptions?.MaxOutputTokens,
        };
        ChatCompletion completion = await client.CompleteChatAsync(messages.Select(Convert), request, cancellationToken);
        var text = completion.Refusal is { Length: > 0 } ? "" : string.Concat(completion.Content.Select(part => part.Text));
        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            FinishReason = completion.Refusal is { Length: > 0 } ? AiFinishReason.ContentFilter : new AiFinishReason(completion.FinishReason.ToString()),
            Usage = completion.Usage is null ? null : new UsageDetails
            {
                InputTokenCount = completion.Usage.InputTokenCount,
                OutputTokenCount = completion.Usage.OutputTokenCount,
                TotalTokenCount = completion.Usage.TotalTokenCount,
            },
        };
    }

    // Not used by the bot; answered in one piece for callers that stream.
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AiChatMessage> messages,
        ChatOptions? chatOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, chatOptions, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static OpenAI.Chat.ChatMessage Convert(AiChatMessage message)
    {
        if (message.Role == AiChatRole.System) return new SystemChatMessage(message.Text);
        if (message.Role == AiChatRole.Assistant) return new AssistantChatMessage(message.Text);
        return new UserChatMessage(message.Text);
    }

    // Self-hosted servers usually take any key; the SDK insists on one.
    internal static ApiKeyCredential Credential(LlmOptions options) =>
        new(string.IsNullOrWhiteSpace(options.ApiKey) ? "not-needed" : options.ApiKey);

    // No SDK retries: a failing model falls back to the extractive answer straight away.
    internal static OpenAIClientOptions ClientOptions(LlmOptions options)
    {
        var client = new OpenAIClientOptions
        {
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        if (!string.IsNullOrWhiteSpace(options.Endpoint)) client.Endpoint = new Uri(options.Endpoint);
        return client;
    }
}
