using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FactCheckBot.Embeddings;

// Vectors are kept as signed bytes with one scale each (x ≈ scale · q): a quarter of float32's memory,
// so 250,000 sentences take 96 MB instead of 384 MB, and a cosine differs by under 0.002.
public static class Int8
{
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        // MaxMagnitude keeps the sign of the largest element.
        var max = Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        var scale = max > 0 ? max / 127f : 1f;
        for (var i = 0; i < vector.Length; i++) into[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        return scale;
    }

    public static void Widen(ReadOnlySpan<sbyte> values, Span<short> into)
    {
        for (var i = 0; i < values.Length; i++) into[i] = values[i];
    }

    // Dot product of a stored row with a query widened to 16 bits once per search.
    public static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query)
    {
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var q = ref MemoryMarshal.GetReference(query);
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && row.Length >= 32)
        {
            var acc = Vector256<int>.Zero;
            for (; i + 32 <= row.Length; i += 32)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)i));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(low, Vector256.LoadUnsafe(ref q, (nuint)i)));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(high, Vector256.LoadUnsafe(ref q, (nuint)i + 16)));
            }
            sum = Vector256.Sum(acc);
        }
        else if (Vector128.IsHardwareAccelerated && row.Length >= 16)
        {
            var acc = Vector128<int>.Zero;
            for (; i + 16 <= row.Length; i += 16)
            {
                var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref r, (nuint)i));
                acc += Product(low, Vector128.LoadUnsafe(ref q, (nuint)i)) + Product(high, Vector128.LoadUnsafe(ref q, (nuint)i + 8));
            }
            sum = Vector128.Sum(acc);
        }
        for (; i < row.Length; i++) sum += Unsafe.Add(ref r, i) * Unsafe.Add(ref q, i);
        return sum;
    }

    private static Vector128<int> Product(Vector128<short> a, Vector128<short> b)
    {
        // |a·b| ≤ 127², so the 16-bit product never overflows.
        var (low, high) = Vector128.Widen(a * b);
        return low + high;
    }
}
