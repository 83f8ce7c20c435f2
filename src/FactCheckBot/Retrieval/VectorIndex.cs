using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Dapper;
using FactCheckBot.Llm;
using FactCheckBot.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Retrieval;

// Embeddings of every passage, kept in SQLite and searched in memory by cosine similarity.
// Passages are embedded when they are new or were embedded with another model. Without an
// embedding model (or when it fails) retrieval is BM25 alone.
public sealed class VectorIndex(
    Database database, IOptions<LlmOptions> options, ILogger<VectorIndex> logger,
    IEmbeddingGenerator<string, Embedding<float>>? generator = null)
{
    private const int BatchSize = 64;

    private sealed record Loaded((long, long, long) Fingerprint, long[] Ids, float[][] Vectors);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Loaded? loaded;

    public bool Enabled => generator is not null && options.Value.EmbeddingsEnabled;

    // The passages nearest to the question, best first; null when vectors are off or failing.
    public async Task<IReadOnlyList<long>?> NearestAsync(string question, int count, CancellationToken cancellationToken)
    {
        if (!Enabled) return null;
        try
        {
            var index = await CurrentAsync(cancellationToken);
            if (index.Ids.Length == 0) return [];
            var query = (await generator!.GenerateAsync([question], cancellationToken: cancellationToken))[0].Vector.ToArray();
            var scores = new float[index.Ids.Length];
            for (var i = 0; i < scores.Length; i++)
                scores[i] = index.Vectors[i].Length == query.Length ? TensorPrimitives.CosineSimilarity(query, index.Vectors[i]) : float.MinValue;
            return Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).Take(count).Select(i => index.Ids[i]).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Vector search unavailable, using BM25 only: {Error}", ex.Message);
            return null;
        }
    }

    private async Task<Loaded> CurrentAsync(CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint();
        if (loaded is { } ready && ready.Fingerprint == fingerprint) return ready;
        await gate.WaitAsync(cancellationToken);
        try
        {
            await EmbedMissingAsync(cancellationToken);
            var model = options.Value.EmbeddingModel;
            using var connection = database.Open();
            var rows = connection.Query<(long Id, byte[] Vector)>(
                "SELECT passage_id, vector FROM passage_embeddings WHERE model = @model ORDER BY passage_id;", new { model }).AsList();
            loaded = new Loaded(Fingerprint(), rows.Select(r => r.Id).ToArray(), rows.Select(r => MemoryMarshal.Cast<byte, float>(r.Vector).ToArray()).ToArray());
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    // Called right after an ingest, so new passages are searchable by meaning at once. A failure
    // only delays that: the next question embeds whatever is missing.
    public async Task EmbedNewAsync(CancellationToken cancellationToken)
    {
        if (!Enabled) return;
        try
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                await EmbedMissingAsync(cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not embed the new passages yet: {Error}", ex.Message);
        }
    }

    private async Task<int> EmbedMissingAsync(CancellationToken cancellationToken)
    {
        var model = options.Value.EmbeddingModel!;
        var done = 0;
        while (true)
        {
            List<(long Id, string Text)> batch;
            using (var connection = database.Open())
                batch = connection.Query<(long, string)>("""
                    SELECT p.id, p.text FROM passages p
                    LEFT JOIN passage_embeddings e ON e.passage_id = p.id AND e.model = @model
                    WHERE e.passage_id IS NULL ORDER BY p.id LIMIT @BatchSize;
                    """, new { model, BatchSize }).AsList();
            if (batch.Count == 0) return done;
            var vectors = await generator!.GenerateAsync(batch.Select(b => b.Text), cancellationToken: cancellationToken);
            if (vectors.Count != batch.Count) throw new InvalidOperationException($"the embedding model returned {vectors.Count} vectors for {batch.Count} passages");
            using (var connection = database.Open())
            using (var transaction = connection.BeginTransaction())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var vector = vectors[i].Vector.ToArray();
                    connection.Execute("""
                        INSERT OR REPLACE INTO passage_embeddings (passage_id, model, dimensions, vector) VALUES (@id, @model, @dimensions, @blob);
                        """, new { id = batch[i].Id, model, dimensions = vector.Length, blob = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray() }, transaction);
                }
                transaction.Commit();
            }
            done += batch.Count;
            logger.LogInformation("Embedded {Count} passages with {Model}", done, model);
        }
    }

    private (long, long, long) Fingerprint()
    {
        using var connection = database.Open();
        return connection.QuerySingle<(long, long, long)>("""
            SELECT coalesce((SELECT max(id) FROM passages), 0), (SELECT count(*) FROM sources), (SELECT count(*) FROM passage_embeddings);
            """);
    }
}
