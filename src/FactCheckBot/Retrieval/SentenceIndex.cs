using Dapper;
using FactCheckBot.Embeddings;
using FactCheckBot.Storage;

namespace FactCheckBot.Retrieval;

// Every stored sentence vector as one contiguous matrix in memory, loaded once and kept in step with the
// corpus: new passages' rows are appended, a removal reloads. Searched exhaustively (exact, not approximate).
public sealed class SentenceIndex(SentenceVectors vectors, Database database)
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
        }

        public float Scale { get; }
        public short[] Widened { get; }
    }

    private sealed class Matrix
    {
        public (long Generation, long MaxPassage) Version;
        public int Count, Dimensions;
        public long[] Passage = [];
        public int[] Start = [], End = [];
        public float[] Scale = [];
        public sbyte[] Values = [];
        public Dictionary<long, int> FirstRow = [];
    }

    private readonly Lock gate = new();
    private Matrix? current;

    public bool Enabled => vectors.Enabled;

    public int Count => current?.Count ?? 0;

    // The sentences most similar to the question, best first. A large matrix is scanned on every core.
    public IReadOnlyList<Hit> Nearest(Probe probe, int count, CorpusVersion? corpus = null)
    {
        var matrix = Current(corpus);
        if (matrix.Count == 0 || matrix.Dimensions != probe.Widened.Length || count <= 0) return [];
        var parts = matrix.Count < ParallelRows ? 1 : Environment.ProcessorCount;
        var tops = new PriorityQueue<int, float>[parts];
        var size = (matrix.Count + parts - 1) / parts;
        Parallel.For(0, parts, part => tops[part] = Top(matrix, probe, part * size, Math.Min(matrix.Count, (part + 1) * size), count));
        var best = new PriorityQueue<int, float>(count + 1);
        foreach (var top in tops)
            while (top.TryDequeue(out var row, out var similarity))
                Keep(best, row, similarity, count);
        var hits = new List<Hit>(best.Count);
        while (best.TryDequeue(out var row, out var similarity))
            hits.Add(new Hit(matrix.Passage[row], matrix.Start[row], matrix.End[row], similarity * probe.Scale));
        hits.Reverse();
        return hits;
    }

    private const int ParallelRows = 50_000;

    private static PriorityQueue<int, float> Top(Matrix matrix, Probe probe, int from, int to, int count)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        var values = matrix.Values.AsSpan();
        var d = matrix.Dimensions;
        for (var row = from; row < to; row++)
            Keep(best, row, Int8.Dot(values.Slice(row * d, d), probe.Widened) * matrix.Scale[row], count);
        return best;
    }

    private static void Keep(PriorityQueue<int, float> best, int row, float similarity, int count)
    {
        if (best.Count < count) best.Enqueue(row, similarity);
        else if (best.TryPeek(out _, out var worst) && similarity > worst) best.EnqueueDequeue(row, similarity);
    }

    // Similarity of every stored sentence of a passage, by its start offset in the passage text.
    public IReadOnlyDictionary<int, float> Similarities(Probe probe, long passageId)
    {
        var matrix = current ?? Current();
        if (!matrix.FirstRow.TryGetValue(passageId, out var row) || matrix.Dimensions != probe.Widened.Length) return Empty;
        var result = new Dictionary<int, float>();
        var d = matrix.Dimensions;
        for (; row < matrix.Count && matrix.Passage[row] == passageId; row++)
            result[matrix.Start[row]] = Int8.Dot(matrix.Values.AsSpan(row * d, d), probe.Widened) * matrix.Scale[row] * probe.Scale;
        return result;
    }

    private static readonly Dictionary<int, float> Empty = [];

    private Matrix Current(CorpusVersion? corpus = null)
    {
        var version = corpus is { } v ? (v.Generation, v.MaxVectorPassage) : Version();
        var matrix = current;
        if (matrix is not null && matrix.Version == version) return matrix;
        lock (gate)
        {
            matrix = current;
            if (matrix is not null && matrix.Version == version) return matrix;
            // A removal (new generation) reloads everything; otherwise only passages added since are read.
            var fresh = matrix is null || matrix.Version.Generation != version.Generation;
            var next = fresh ? new Matrix() : Copy(matrix!);
            Append(next, fresh ? 0 : matrix!.Version.MaxPassage);
            next.Version = version;
            current = next;
            return next;
        }
    }

    private (long Generation, long MaxPassage) Version()
    {
        using var connection = database.Open();
        return connection.QuerySingle<(long, long)>("""
            SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'corpus_generation'), 0),
                   coalesce((SELECT max(passage_id) FROM sentence_vectors), 0);
            """);
    }

    // Sized once from the count, so loading never holds two copies of a growing array.
    private void Append(Matrix matrix, long after)
    {
        var capacity = matrix.Count + vectors.Count(after);
        vectors.Read(after, (passageId, start, end, scale, vector) =>
        {
            if (matrix.Dimensions == 0) matrix.Dimensions = vector.Length;
            if (vector.Length != matrix.Dimensions) return;
            if (matrix.Count == matrix.Passage.Length) Grow(matrix, Math.Max(capacity, matrix.Count + 1024));
            var i = matrix.Count++;
            (matrix.Passage[i], matrix.Start[i], matrix.End[i], matrix.Scale[i]) = (passageId, start, end, scale);
            vector.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(matrix.Values.AsSpan(i * matrix.Dimensions, matrix.Dimensions)));
            matrix.FirstRow.TryAdd(passageId, i);
        });
    }

    // Readers may hold the old matrix while a new one is built, so appending copies.
    private static Matrix Copy(Matrix old)
    {
        var copy = new Matrix { Dimensions = old.Dimensions, FirstRow = new Dictionary<long, int>(old.FirstRow) };
        Grow(copy, old.Count);
        old.Passage.AsSpan(0, old.Count).CopyTo(copy.Passage);
        old.Start.AsSpan(0, old.Count).CopyTo(copy.Start);
        old.End.AsSpan(0, old.Count).CopyTo(copy.End);
        old.Scale.AsSpan(0, old.Count).CopyTo(copy.Scale);
        old.Values.AsSpan(0, old.Count * old.Dimensions).CopyTo(copy.Values);
        copy.Count = old.Count;
        return copy;
    }

    private static void Grow(Matrix matrix, int capacity)
    {
        Array.Resize(ref matrix.Passage, capacity);
        Array.Resize(ref matrix.Start, capacity);
        Array.Resize(ref matrix.End, capacity);
        Array.Resize(ref matrix.Scale, capacity);
        Array.Resize(ref matrix.Values, capacity * Math.Max(1, matrix.Dimensions));
    }
}
