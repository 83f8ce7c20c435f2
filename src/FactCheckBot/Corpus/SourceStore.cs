using Dapper;
using FactCheckBot.Storage;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Corpus;

public sealed record SourceInfo(
    string Outlet, string? OriginalOutlet, string? Title, string? Author, string? Url, string? Published);

public sealed record NewSource(SourceInfo Info, string Kind, string Origin, string Text, string ContentHash, string AddedBy);

public sealed record SourceRow(
    long Id, string Outlet, string? OriginalOutlet, string? Title, string? Author, string? Url, string? Published,
    string Kind, string Origin, string AddedBy, string AddedAt, long Passages);

public sealed class SourceStore(Database database, TimeProvider time)
{
    private const string InsertSourceSql = """
        INSERT INTO sources (id, outlet, original_outlet, title, author, url, published, kind, origin, text, content_hash, added_by, added_at)
        VALUES (@Id, @Outlet, @OriginalOutlet, @Title, @Author, @Url, @Published, @Kind, @Origin, @Text, @ContentHash, @AddedBy, @AddedAt);
        """;

    // SQLite hands a deleted row's id to the next insert; the answer log cites source and passage ids,
    // so ids are never reused: removal records the highest id so far and inserts continue above it.
    private const string NextIdsSql = """
        SELECT max(coalesce((SELECT max(id) FROM sources), 0), coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'source_id_floor'), 0)) + 1,
               max(coalesce((SELECT max(id) FROM passages), 0), coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'passage_id_floor'), 0)) + 1;
        """;

    private const string RaiseFloorsSql = """
        INSERT INTO meta (key, value) SELECT 'source_id_floor', coalesce(max(id), 0) FROM sources WHERE true
        ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER));
        INSERT INTO meta (key, value) SELECT 'passage_id_floor', coalesce(max(id), 0) FROM passages WHERE true
        ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER));
        INSERT INTO meta (key, value) VALUES ('corpus_generation', 1)
        ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
        """;

    // Two statements in one command: RETURNING through a reader costs about three times as much.
    private const string InsertPassageSql = """
        INSERT INTO passages (id, source_id, ordinal, start_offset, end_offset, text)
        VALUES ($id, $source, $ordinal, $start, $end, $text);
        INSERT INTO passages_fts (rowid, terms) VALUES (last_insert_rowid(), $terms);
        """;

    private const string IndexPassageSql = "INSERT INTO passages_fts (rowid, terms) VALUES ($id, $terms);";

    // Inserts sources with their passages in one transaction: all or nothing. The sources are read as they
    // are written, so whoever supplies them can still be preparing the later ones.
    public IReadOnlyList<long> Add(IEnumerable<(NewSource Source, IReadOnlyList<Passages.Draft> Passages)> sources)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var ids = new List<long>();
        var (nextSource, nextPassage) = connection.QuerySingle<(long, long)>(NextIdsSql, transaction: transaction);
        using var passage = connection.CreateCommand();
        passage.Transaction = transaction;
        passage.CommandText = InsertPassageSql;
        var passageId = passage.Parameters.Add("$id", SqliteType.Integer);
        var sourceId = passage.Parameters.Add("$source", SqliteType.Integer);
        var ordinal = passage.Parameters.Add("$ordinal", SqliteType.Integer);
        var start = passage.Parameters.Add("$start", SqliteType.Integer);
        var end = passage.Parameters.Add("$end", SqliteType.Integer);
        var text = passage.Parameters.Add("$text", SqliteType.Text);
        var terms = passage.Parameters.Add("$terms", SqliteType.Text);
        var addedAt = Now();
        foreach (var (source, drafts) in sources)
        {
            var id = nextSource++;
            connection.Execute(InsertSourceSql, new
            {
                Id = id, source.Info.Outlet, source.Info.OriginalOutlet, source.Info.Title, source.Info.Author, source.Info.Url,
                source.Info.Published, source.Kind, source.Origin, source.Text, source.ContentHash, source.AddedBy, AddedAt = addedAt,
            }, transaction);
            sourceId.Value = id;
            foreach (var draft in drafts)
            {
                passageId.Value = nextPassage++;
                ordinal.Value = draft.Ordinal;
                start.Value = draft.Start;
                end.Value = draft.End;
                text.Value = draft.Text;
                terms.Value = draft.Terms;
                passage.ExecuteNonQuery();
            }
            ids.Add(id);
        }
        transaction.Commit();
        return ids;
    }

    public long? FindByHash(string contentHash)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>("SELECT id FROM sources WHERE content_hash = @contentHash;", new { contentHash });
    }

    private const string ListSql = """
        SELECT s.id, s.outlet, s.original_outlet, s.title, s.author, s.url, s.published, s.kind, s.origin,
               s.added_by, s.added_at, (SELECT count(*) FROM passages p WHERE p.source_id = s.id) AS passages
        FROM sources s
        ORDER BY s.id;
        """;

    public IReadOnlyList<SourceRow> List()
    {
        using var connection = database.Open();
        return connection.QueryRecords<SourceRow>(ListSql);
    }

    public SourceRow? Get(long id) => List().FirstOrDefault(s => s.Id == id);

    public string? GetText(long id)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>("SELECT text FROM sources WHERE id = @id;", new { id });
    }

    // Passages go with their source (ON DELETE CASCADE); the FTS triggers follow.
    public bool Remove(long id)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(RaiseFloorsSql, transaction: transaction);
        var removed = connection.Execute("DELETE FROM sources WHERE id = @id;", new { id }, transaction);
        transaction.Commit();
        return removed > 0;
    }

    // Rebuilds the index from passage text, for when Terms normalisation changed.
    public int Reindex()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("INSERT INTO passages_fts (passages_fts) VALUES ('delete-all');", transaction: transaction);
        using var index = connection.CreateCommand();
        index.Transaction = transaction;
        index.CommandText = IndexPassageSql;
        var passageId = index.Parameters.Add("$id", SqliteType.Integer);
        var terms = index.Parameters.Add("$terms", SqliteType.Text);
        var count = 0;
        foreach (var (id, text) in connection.Query<(long, string)>("SELECT id, text FROM passages;", transaction: transaction, buffered: false))
        {
            passageId.Value = id;
            terms.Value = FactCheckBot.Text.Terms.ToIndexText(text);
            index.ExecuteNonQuery();
            count++;
        }
        // Other processes' kept document frequencies and vocabulary were read from the old index.
        connection.Execute(RaiseFloorsSql, transaction: transaction);
        transaction.Commit();
        return count;
    }

    public long CountPassages()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM passages;");
    }

    private string Now() => Timestamp.Now(time);
}
