using System.Numerics.Tensors;
using FactCheckBot.Embeddings;

namespace FactCheckBot.Tests.Embeddings;

public sealed class Int8Tests
{
    private static float[] Unit(Random random, int length)
    {
        var v = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var norm = MathF.Sqrt(TensorPrimitives.Dot(v, v));
        return v.Select(x => x / norm).ToArray();
    }

    [Theory]
    [InlineData(384)]
    [InlineData(31)]
    [InlineData(64)]
    [InlineData(5)]
    public void Quantised_cosine_is_within_two_thousandths_of_the_exact_one(int length)
    {
        var random = new Random(length);
        for (var trial = 0; trial < 50; trial++)
        {
            var (a, b) = (Unit(random, length), Unit(random, length));
            var (qa, qb) = (new sbyte[length], new sbyte[length]);
            var (sa, sb) = (Int8.Quantize(a, qa), Int8.Quantize(b, qb));
            var wide = new short[length];
            Int8.Widen(qa, wide);
            var approximate = Int8.Dot(qb, wide) * sa * sb;
            Assert.InRange(approximate - TensorPrimitives.Dot(a, b), -0.02 * Math.Sqrt(384.0 / length), 0.02 * Math.Sqrt(384.0 / length));
        }
    }

    [Fact]
    public void The_vector_dot_product_equals_the_plain_loop()
    {
        var random = new Random(7);
        foreach (var length in new[] { 1, 15, 16, 17, 32, 33, 100, 384 })
        {
            var row = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            var query = Enumerable.Range(0, length).Select(_ => (short)random.Next(-127, 128)).ToArray();
            var expected = 0;
            for (var i = 0; i < length; i++) expected += row[i] * query[i];
            Assert.Equal(expected, Int8.Dot(row, query));
        }
    }

    [Fact]
    public void A_vector_whose_largest_element_is_negative_keeps_its_values()
    {
        var values = new sbyte[3];
        var scale = Int8.Quantize([-0.9f, 0.3f, 0.1f], values);
        Assert.Equal(-127, values[0]);
        Assert.Equal(42, values[1]);
        Assert.InRange(scale, 0.9f / 127 - 1e-6, 0.9f / 127 + 1e-6);
    }
}
