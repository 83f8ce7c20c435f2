using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Dapper;
using FactCheckBot.Embeddings;
using FactCheckBot.Storage;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Retrieval;

// Every stored sentence vector as one contiguous matrix in memory, loaded once and kept in step with the
// corpus: new passages' rows are appended, a removal reloads. Up to Retrieval:ExactSearchSentences rows the
// int8 vectors are held and searched exhaustively. Above that only their signs are held (one bit per
// dimension, 48 bytes a sentence): the rows nearest by Hamming distance are read back from SQLite and
// ranked exactly, so every similarity handed on is the exact one.
public sealed class SentenceIndex(SentenceVectors vectors, Database database, IOptions<RetrievalOptions> options)
{
    public readonly record struct Hit(long PassageId, int Start, int End, float Similarity);

    // A question's vector, quantised and widened once for all the dot products of one search.
    public sealed class Probe
    {
        public Probe(float[] vector)
        {
            var values = new sbyte[vector.Length];
            Scale = Int8.Quantize(vector, values);
            Widened = new short[vector.Length];
            Int8.Widen(values, Widened);
            Bits = new ulong[Words(vector.Length)];
            SetSigns(MemoryMarshal.AsBytes(values.AsSpan()), Bits);
        }

        public float Scale { get; }
        public short[] Widened { get; }
        public ulong[] Bits { get; }
    }

    private sealed class Matrix
    {
        public (long Generation, long MaxPassage) Version;
        public int Count, Dimensions;
        public bool Resident = true;
        public long[] Passage = [];
        public short[] Sentence = [];
        public int[] Start = [], End = [];
        public float[] Scale = [];
        public sbyte[] Values = [];
        public ulong[] Bits = [];
        public Dictionary<long, int> FirstRow = [];

        public int Width => Resident ? Dimensions : Words(Dimensions);
    }

    private readonly Lock gate = new();
    private Matrix? current;

    public bool Enabled => vectors.Enabled;

    public int Count => current?.Count ?? 0;

    // Whether the last loaded matrix holds the vectors themselves (an exact search) or only their signs.
    public bool Exact => current?.Resident ?? true;

    // The sentences most similar to the question, best first. A large matrix is scanned on every core.
    public IReadOnlyList<Hit> Nearest(Probe probe, int count, CorpusVersion? corpus = null)
    {
        var matrix = Current(corpus);
        if (matrix.Count == 0 || matrix.Dimensions != probe.Widened.Length || count <= 0) return [];
        var best = matrix.Resident ? NearestExact(matrix, probe, count) : NearestBySigns(matrix, probe, count);
        var hits = new List<Hit>(best.Count);
        while (best.TryDequeue(out var row, out var similarity))
            hits.Add(new Hit(matrix.Passage[row], matrix.Start[row], matrix.End[row], similarity * probe.Scale));
        hits.Reverse();
        return hits;
    }

    private const int ParallelRows = 50_000;

    private static PriorityQueue<int, float> NearestExact(Matrix matrix, Probe probe, int count)
    {
        var parts = matrix.Count < ParallelRows ? 1 : Environment.ProcessorCount;
        var tops = new PriorityQueue<int, float>[parts];
        var size = (matrix.Count + parts - 1) / parts;
        Parallel.For(0, parts, part => tops[part] = Top(matrix, probe, part * size, Math.Min(matrix.Count, (part + 1) * size), count));
        var best = new PriorityQueue<int, float>(count + 1);
        foreach (var top in tops)
            while (top.TryDequeue(out var row, out var similarity))
                Keep(best, row, similarity, count);
        return best;
    }

    private static PriorityQueue<int, float> Top(Matrix matrix, Probe probe, int from, int to, int count)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        var values = matrix.Values.AsSpan();
        var d = matrix.Dimensions;
        for (var row = from; row < to; row++)
            Keep(best, row, Int8.Dot(values.Slice(row * d, d), probe.Widened) * matrix.Scale[row], count);
        return best;
    }

    // The rows whose signs differ least from the question's, by a histogram of the distances (no sorting),
    // then the best of those by their exact stored vectors.
    private PriorityQueue<int, float> NearestBySigns(Matrix matrix, Probe probe, int count)
    {
        var shortlist = Math.Min(matrix.Count, count * options.Value.ApproximateOversampling);
        var words = matrix.Width;
        var distances = ArrayPool<ushort>.Shared.Rent(matrix.Count);
        try
        {
            var parts = matrix.Count < ParallelRows ? 1 : Environment.ProcessorCount;
            var histograms = new int[parts][];
            var size = (matrix.Count + parts - 1) / parts;
            Parallel.For(0, parts, part =>
            {
                var histogram = histograms[part] = new int[words * 64 + 1];
                var bits = matrix.Bits.AsSpan();
                var query = probe.Bits.AsSpan();
                for (int row = part * size, end = Math.Min(matrix.Count, (part + 1) * size); row < end; row++)
                {
                    var mine = bits.Slice(row * words, words);
                    var distance = 0;
                    for (var w = 0; w < words; w++) distance += BitOperations.PopCount(mine[w] ^ query[w]);
                    distances[row] = (ushort)distance;
                    histogram[distance]++;
                }
            });
            var (cutoff, below) = (0, 0);
            for (; cutoff < words * 64; cutoff++)
            {
                var at = histograms.Sum(h => h[cutoff]);
                if (below + at >= shortlist) break;
                below += at;
            }
            // Every row nearer than the cutoff, then rows at the cutoff in stored order until the list is full.
            var rows = new List<int>(shortlist);
            var ties = shortlist - below;
            for (var row = 0; row < matrix.Count && rows.Count < shortlist; row++)
                if (distances[row] < cutoff || (distances[row] == cutoff && ties-- > 0)) rows.Add(row);
            return Rescore(matrix, probe, rows, count);
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    private PriorityQueue<int, float> Rescore(Matrix matrix, Probe probe, List<int> rows, int count)
    {
        var rowOf = new Dictionary<(long, int), int>(rows.Count);
        foreach (var row in rows) rowOf[(matrix.Passage[row], matrix.Sentence[row])] = row;
        var best = new PriorityQueue<int, float>(count + 1);
        vectors.ReadSentences(rowOf.Keys, (passageId, sentence, _, _, scale, vector) =>
        {
            if (vector.Length == matrix.Dimensions && rowOf.TryGetValue((passageId, sentence), out var row))
                Keep(best, row, Int8.Dot(MemoryMarshal.Cast<byte, sbyte>(vector), probe.Widened) * scale, count);
        });
        return best;
    }

    private static void Keep(PriorityQueue<int, float> best, int row, float similarity, int count)
    {
        if (best.Count < count) best.Enqueue(row, similarity);
        else if (best.TryPeek(out _, out var worst) && similarity > worst) best.EnqueueDequeue(row, similarity);
    }

    // Similarity of every stored sentence of these passages, by passage and the sentence's start offset in it.
    public IReadOnlyDictionary<long, Dictionary<int, float>> Similarities(Probe probe, IEnumerable<long> passageIds)
    {
        var matrix = current ?? Current();
        var result = new Dictionary<long, Dictionary<int, float>>();
        if (matrix.Dimensions != probe.Widened.Length) return result;
        var stored = passageIds.Where(matrix.FirstRow.ContainsKey).Distinct().ToList();
        if (!matrix.Resident)
        {
            vectors.ReadPassages(stored, (passageId, _, start, _, scale, vector) =>
            {
                if (vector.Length != matrix.Dimensions) return;
                if (!result.TryGetValue(passageId, out var sentences)) result[passageId] = sentences = [];
                sentences[start] = Int8.Dot(MemoryMarshal.Cast<byte, sbyte>(vector), probe.Widened) * scale * probe.Scale;
            });
            return result;
        }
        var d = matrix.Dimensions;
        foreach (var passageId in stored)
        {
            var sentences = result[passageId] = [];
            for (var row = matrix.FirstRow[passageId]; row < matrix.Count && matrix.Passage[row] == passageId; row++)
                sentences[matrix.Start[row]] = Int8.Dot(matrix.Values.AsSpan(row * d, d), probe.Widened) * matrix.Scale[row] * probe.Scale;
        }
        return result;
    }

    private Matrix Current(CorpusVersion? corpus = null)
    {
        var version = corpus is { } v ? (v.Generation, v.MaxVectorPassage) : Version();
        var matrix = current;
        if (matrix is not null && matrix.Version == version) return matrix;
        lock (gate)
        {
            matrix = current;
            if (matrix is not null && matrix.Version == version) return matrix;
            // A removal (new generation) reloads everything; otherwise only passages added since are read,
            // unless they take the matrix past the size it is searched exactly at.
            var after = matrix is null || matrix.Version.Generation != version.Generation ? 0 : matrix.Version.MaxPassage;
            var adding = vectors.Count(after);
            var resident = (after == 0 ? adding : matrix!.Count + adding) <= options.Value.ExactSearchSentences;
            if (after > 0 && matrix!.Resident != resident) (after, adding) = (0, vectors.Count());
            var next = after == 0 ? new Matrix { Resident = resident } : Copy(matrix!);
            Append(next, after, next.Count + adding);
            next.Version = version;
            current = next;
            return next;
        }
    }

    private (long Generation, long MaxPassage) Version()
    {
        using var connection = database.Open();
        return connection.QuerySingle<(long, long)>($"""
            SELECT {CorpusVersion.GenerationSql},
                   coalesce((SELECT max(passage_id) FROM sentence_vectors), 0);
            """);
    }

    // Sized once from the count, so loading never holds two copies of a growing array.
    private void Append(Matrix matrix, long after, int capacity)
    {
        vectors.Read(after, (passageId, sentence, start, end, scale, vector) =>
        {
            if (matrix.Dimensions == 0) matrix.Dimensions = vector.Length;
            if (vector.Length != matrix.Dimensions) return;
            if (matrix.Count == matrix.Passage.Length) Grow(matrix, Math.Max(capacity, matrix.Count + 1024));
            var i = matrix.Count++;
            (matrix.Passage[i], matrix.Sentence[i], matrix.Start[i], matrix.End[i], matrix.Scale[i]) = (passageId, (short)sentence, start, end, scale);
            if (matrix.Resident) vector.CopyTo(MemoryMarshal.AsBytes(matrix.Values.AsSpan(i * matrix.Dimensions, matrix.Dimensions)));
            else SetSigns(vector, matrix.Bits.AsSpan(i * matrix.Width, matrix.Width));
            matrix.FirstRow.TryAdd(passageId, i);
        });
    }

    private static int Words(int dimensions) => (dimensions + 63) / 64;

    // Bit i is set when value i (a signed byte) is positive.
    private static void SetSigns(ReadOnlySpan<byte> values, Span<ulong> into)
    {
        into.Clear();
        for (var i = 0; i < values.Length; i++)
            if ((sbyte)values[i] > 0) into[i / 64] |= 1UL << (i % 64);
    }

    // Readers may hold the old matrix while a new one is built, so appending copies.
    private static Matrix Copy(Matrix old)
    {
        var copy = new Matrix { Dimensions = old.Dimensions, Resident = old.Resident, FirstRow = new Dictionary<long, int>(old.FirstRow) };
        Grow(copy, old.Count);
        old.Passage.AsSpan(0, old.Count).CopyTo(copy.Passage);
        old.Sentence.AsSpan(0, old.Count).CopyTo(copy.Sentence);
        old.Start.AsSpan(0, old.Count).CopyTo(copy.Start);
        old.End.AsSpan(0, old.Count).CopyTo(copy.End);
        old.Scale.AsSpan(0, old.Count).CopyTo(copy.Scale);
        if (old.Resident) old.Values.AsSpan(0, old.Count * old.Dimensions).CopyTo(copy.Values);
        else old.Bits.AsSpan(0, old.Count * old.Width).CopyTo(copy.Bits);
        copy.Count = old.Count;
        return copy;
    }

    private static void Grow(Matrix matrix, int capacity)
    {
        Array.Resize(ref matrix.Passage, capacity);
        Array.Resize(ref matrix.Sentence, capacity);
        Array.Resize(ref matrix.Start, capacity);
        Array.Resize(ref matrix.End, capacity);
        Array.Resize(ref matrix.Scale, capacity);
        var width = Math.Max(1, matrix.Width);
        if (matrix.Resident) Array.Resize(ref matrix.Values, capacity * width);
        else Array.Resize(ref matrix.Bits, capacity * width);
    }
}
