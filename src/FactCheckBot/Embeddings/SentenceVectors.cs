using System.Runtime.InteropServices;
using Dapper;
using FactCheckBot.Storage;
using FactCheckBot.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Embeddings;

public readonly record struct EmbedProgress(int Passages, int TotalPassages, int Sentences);

// One vector per sentence of every passage, in SQLite beside the passages. Ingest calls EmbedMissing;
// a passage embedded with another model (or another sentence splitter) is embedded again.
public sealed class SentenceVectors(
    Database database, IOptions<EmbeddingOptions> options, ShippedVectors shipped, ILogger<SentenceVectors> logger,
    IEmbeddingGenerator<string, Embedding<float>>? generator = null)
{
    private const int PassagesPerBatch = 64;

    public bool Enabled => options.Value.Enabled && generator is not null;

    // What a stored vector was made with: the model and the sentence splitter's version.
    public string Model => $"{ModelId(generator)}/sentences-v{Sentences.Version}";

    public static string ModelId(IEmbeddingGenerator<string, Embedding<float>>? generator) =>
        generator?.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "none";

    // The question's vectors (it and variants of it), or null when embeddings are off or failing
    // (retrieval is then lexical).
    public async Task<float[][]?> EmbedQueryAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (!Enabled) return null;
        try
        {
            var result = await generator!.GenerateAsync(texts, cancellationToken: cancellationToken);
            return result.Select(e => e.Vector.ToArray()).ToArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not embed the question, answering from words alone: {Error}", ex.Message);
            return null;
        }
    }

    // Embeds every passage that has no vectors from the current model. A failure leaves them for the next
    // call (retrieval works on words meanwhile) and is logged, never thrown: ingest has already succeeded.
    public int EmbedMissing(IProgress<EmbedProgress>? progress = null, IEmbeddingGenerator<string, Embedding<float>>? using_ = null,
        CancellationToken cancellationToken = default)
    {
        if (!Enabled) return 0;
        var model = Model;
        var embedder = using_ ?? generator!;
        try
        {
            int total;
            using (var connection = database.Open())
            {
                // Vectors from another model (or splitter) are not comparable with this one's: all are made again.
                using (var transaction = connection.BeginTransaction())
                {
                    if (connection.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'sentence_model';", transaction: transaction) != model)
                    {
                        connection.Execute("DELETE FROM sentence_vectors;", transaction: transaction);
                        connection.Execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sentence_model', @model);", new { model }, transaction);
                    }
                    transaction.Commit();
                }
                total = connection.ExecuteScalar<int>(CountMissingSql, new { model });
            }
            var (done, sentences, after) = (0, 0, 0L);
            while (done < total)
            {
                cancellationToken.ThrowIfCancellationRequested();
                List<(long Id, string Text)> batch;
                // In id order from where the last batch ended: each batch reads only its own rows.
                using (var connection = database.Open())
                    batch = connection.Query<(long, string)>(MissingSql, new { model, after, limit = PassagesPerBatch }).AsList();
                if (batch.Count == 0) break;
                after = batch[^1].Id;
                sentences += Embed(batch, model, embedder, cancellationToken);
                done += batch.Count;
                progress?.Report(new EmbedProgress(done, total, sentences));
            }
            if (done > 0) logger.LogInformation("Embedded {Sentences} sentences of {Passages} passages with {Model}", sentences, done, model);
            return sentences;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not embed new passages yet (they are searchable by their words): {Error}", ex.Message);
            return 0;
        }
    }

    private const string CountMissingSql = """
        SELECT count(*) FROM passages p
        WHERE NOT EXISTS (SELECT 1 FROM sentence_vectors v WHERE v.passage_id = p.id AND v.model = @model);
        """;

    private const string MissingSql = """
        SELECT p.id, p.text FROM passages p
        WHERE p.id > @after AND NOT EXISTS (SELECT 1 FROM sentence_vectors v WHERE v.passage_id = p.id AND v.model = @model)
        ORDER BY p.id LIMIT @limit;
        """;

    private const string InsertSql = """
        INSERT OR REPLACE INTO sentence_vectors (passage_id, sentence, start, "end", model, scale, vector)
        VALUES ($passage, $sentence, $start, $end, $model, $scale, $vector);
        """;

    private int Embed(List<(long Id, string Text)> passages, string model, IEmbeddingGenerator<string, Embedding<float>> embedder,
        CancellationToken cancellationToken)
    {
        var rows = passages.SelectMany(p => Sentences.Split(p.Text).Select((s, i) => (Passage: p.Id, Sentence: i, Span: s,
            Text: p.Text[s.Start..s.End]))).ToList();
        var vectors = new (float Scale, sbyte[] Values)?[rows.Count];
        var fresh = new List<int>();
        for (var i = 0; i < rows.Count; i++)
            if (shipped.Find(model, rows[i].Text) is { } known) vectors[i] = known;
            else fresh.Add(i);
        if (fresh.Count > 0)
        {
            var generated = embedder.GenerateAsync(fresh.Select(i => rows[i].Text), cancellationToken: cancellationToken)
                .GetAwaiter().GetResult();
            if (generated.Count != fresh.Count)
                throw new InvalidOperationException($"the embedding model returned {generated.Count} vectors for {fresh.Count} sentences");
            for (var k = 0; k < fresh.Count; k++)
            {
                var values = new sbyte[generated[k].Vector.Length];
                vectors[fresh[k]] = (Int8.Quantize(generated[k].Vector.Span, values), values);
            }
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = InsertSql;
        var (passage, sentence, start, end) = (insert.Parameters.Add("$passage", SqliteType.Integer), insert.Parameters.Add("$sentence", SqliteType.Integer),
            insert.Parameters.Add("$start", SqliteType.Integer), insert.Parameters.Add("$end", SqliteType.Integer));
        var (modelParameter, scale, vector) = (insert.Parameters.Add("$model", SqliteType.Text), insert.Parameters.Add("$scale", SqliteType.Real),
            insert.Parameters.Add("$vector", SqliteType.Blob));
        modelParameter.Value = model;
        for (var i = 0; i < rows.Count; i++)
        {
            var (rowScale, values) = vectors[i]!.Value;
            (passage.Value, sentence.Value, start.Value, end.Value) = (rows[i].Passage, rows[i].Sentence, rows[i].Span.Start, rows[i].Span.End);
            (scale.Value, vector.Value) = (rowScale, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return rows.Count;
    }

    public delegate void RowReader(long passageId, int sentence, int start, int end, float scale, ReadOnlySpan<byte> vector);

    private const string ReadSql = """
        SELECT passage_id, sentence, start, "end", scale, vector FROM sentence_vectors
        WHERE model = $model AND passage_id > $after ORDER BY passage_id, sentence;
        """;

    // How many stored vectors of the current model have a passage id above `after`.
    public int Count(long after = 0)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM sentence_vectors WHERE model = @model AND passage_id > @after;",
            new { model = Model, after });
    }

    // Every stored vector of the current model with passage id above `after`, in passage order.
    public void Read(long after, RowReader read) => ReadRows(ReadSql, "$after", after, read);

    // One statement for many keys: SQLite walks the JSON list and looks each key up by the primary key.
    private const string ReadPassagesSql = """
        SELECT v.passage_id, v.sentence, v.start, v."end", v.scale, v.vector
        FROM json_each($keys) k JOIN sentence_vectors v ON v.passage_id = k.value
        WHERE v.model = $model ORDER BY v.passage_id, v.sentence;
        """;

    private const string ReadSentencesSql = """
        SELECT v.passage_id, v.sentence, v.start, v."end", v.scale, v.vector
        FROM json_each($keys) k JOIN sentence_vectors v ON v.passage_id = k.value ->> 0 AND v.sentence = k.value ->> 1
        WHERE v.model = $model;
        """;

    // The stored vectors of these passages' sentences.
    public void ReadPassages(IEnumerable<long> passageIds, RowReader read) =>
        ReadRows(ReadPassagesSql, "$keys", "[" + string.Join(",", passageIds) + "]", read);

    // The stored vectors of the given sentences.
    public void ReadSentences(IEnumerable<(long PassageId, int Sentence)> sentences, RowReader read) =>
        ReadRows(ReadSentencesSql, "$keys", "[" + string.Join(",", sentences.Select(s => $"[{s.PassageId},{s.Sentence}]")) + "]", read);

    // Rows of the current model selected by one parameter besides the model.
    private void ReadRows(string sql, string parameter, object value, RowReader read)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$model", Model);
        command.Parameters.AddWithValue(parameter, value);
        using var reader = command.ExecuteReader();
        // GetFieldValue, not GetBytes: GetBytes looks for the row's table and rowid to stream the blob, which
        // costs about fifty times as much as the 384-byte copy.
        while (reader.Read())
            read(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), (float)reader.GetDouble(4), reader.GetFieldValue<byte[]>(5));
    }
}
