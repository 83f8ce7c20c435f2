using System.Numerics.Tensors;
using Dapper;
using FactCheckBot.Embeddings;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;
using FactCheckBot.Text;
using Microsoft.Extensions.AI;

namespace FactCheckBot.Tests.Embeddings;

// The built-in corpus ships with its sentence vectors. They must be what the model gives for every
// sentence of it; regenerate deliberately with FACTCHECK_UPDATE_GOLDEN=1 dotnet test --filter ShippedVectorsTests.
public sealed class ShippedVectorsTests
{
    private static string FilePath => Path.Combine(RepoPaths.Root, "src", "FactCheckBot", "Corpus", "Default", "sentence-vectors.bin");

    [Fact]
    public async Task Shipped_vectors_are_the_models_vectors_for_every_built_in_sentence()
    {
        using var app = new TestApp();
        List<string> sentences;
        using (var connection = app.Get<Database>().Open())
            sentences = connection.Query<string>("SELECT text FROM passages ORDER BY id;")
                .SelectMany(t => Sentences.Split(t).Select(s => t[s.Start..s.End])).Distinct().ToList();
        var generated = await app.Get<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(sentences);
        var model = app.Get<SentenceVectors>().Model;
        if (Environment.GetEnvironmentVariable("FACTCHECK_UPDATE_GOLDEN") == "1")
        {
            var rows = sentences.Select((s, i) =>
            {
                var values = new sbyte[generated[i].Vector.Length];
                return (s, Int8.Quantize(generated[i].Vector.Span, values), values);
            }).ToList();
            await using var file = File.Create(FilePath);
            ShippedVectors.Write(file, model, rows);
        }

        await using var stream = File.OpenRead(FilePath);
        var (shippedModel, shipped) = ShippedVectors.Read(stream);
        Assert.Equal(model, shippedModel);
        Assert.Equal(sentences.Count, shipped.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.True(shipped.TryGetValue(ShippedVectors.Key(sentences[i]), out var vector), $"no shipped vector for: {sentences[i]}");
            var restored = vector.Item2.Select(v => v * vector.Item1).ToArray();
            Assert.True(TensorPrimitives.CosineSimilarity(restored, generated[i].Vector.Span) > 0.999f, sentences[i]);
        }
    }

    [Fact]
    public void A_new_database_has_a_vector_for_every_sentence_of_the_built_in_corpus()
    {
        using var app = new TestApp();
        using var connection = app.Get<Database>().Open();
        var sentences = connection.Query<string>("SELECT text FROM passages;").Sum(t => Sentences.Split(t).Count);
        Assert.Equal(sentences, connection.ExecuteScalar<int>("SELECT count(*) FROM sentence_vectors WHERE model = @model;",
            new { model = app.Get<SentenceVectors>().Model }));
    }
}
