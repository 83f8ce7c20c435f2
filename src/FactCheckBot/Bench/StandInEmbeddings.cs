using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace FactCheckBot.Bench;

// A fast deterministic stand-in for the embedding model, used only by the benchmark for synthetic
// passages beyond the sample the real model embeds: a unit vector seeded by the text's hash, so the
// index has as many rows as the real thing and searching it costs the same.
public sealed class StandInEmbeddings(int dimensions) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Vector(v)))));

    private float[] Vector(string text)
    {
        var hash = 2166136261u; // FNV-1a: the same seed on every machine and run
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        var random = new Random((int)hash);
        var vector = new float[dimensions];
        for (var i = 0; i < vector.Length; i++) vector[i] = (float)(random.NextDouble() * 2 - 1);
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
