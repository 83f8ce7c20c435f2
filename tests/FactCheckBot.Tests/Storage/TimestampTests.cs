using System.Text.RegularExpressions;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Storage;

public sealed partial class TimestampTests
{
    // Every column that holds a point in time.
    private static readonly (string Table, string Column)[] Columns =
    [
        ("sources", "added_at"), ("aliases", "added_at"), ("answers", "asked_at"), ("feedback", "at"), ("reviews", "reviewed_at"),
        ("updates", "received_at"), ("updates", "handled_at"), ("outbox", "created_at"), ("outbox", "sent_at"),
        ("chat_migrations", "at"), ("roles", "granted_at"), ("audit", "at"), ("review_actions", "at"), ("review_actions", "undone_at"),
        ("answers", "forgotten_at"), ("blocked_users", "blocked_at"), ("awaited_input", "until"), ("more_pages", "created_at"),
    ];

    private static List<string> Stored(SqliteConnection connection) =>
        Columns.SelectMany(c => connection.Query<string>($"SELECT {c.Column} FROM {c.Table} WHERE {c.Column} IS NOT NULL;")).ToList();

    [Fact]
    public void The_formatter_writes_ISO_8601_UTC_with_milliseconds()
    {
        var at = new DateTimeOffset(2023, 5, 23, 21, 30, 5, 7, TimeSpan.FromHours(3));
        Assert.Equal("2023-05-23T18:30:05.007Z", Timestamp.Of(at));
    }

    [Fact]
    public async Task Every_table_stores_timestamps_in_one_format()
    {
        using var app = new TestApp();
        var answer = await app.Get<AnswerService>().AskAsync("Who carried out the raid?", new Asker());
        app.Get<AliasStore>().Add("Gladkov", ["Hladkov"], "test");
        app.Get<AnswerLog>().AddFeedback(answer.LogId, 1, FeedbackKind.Down);
        app.Get<AnswerLog>().Review(answer.LogId, ReviewStatus.Approved, null, null, 2);
        app.Get<AnswerLog>().Undo(answer.LogId, 2);
        app.Get<AnswerLog>().Forget(42);
        app.Get<FactCheckBot.Telegram.Roles>().Block(7, 1);
        app.Get<FactCheckBot.Telegram.AwaitedInput>().Expect(1, 1, FactCheckBot.Telegram.InputKind.Correction, 1);
        app.Get<FactCheckBot.Telegram.MorePages>().Store(1, ["page"]);
        using var connection = app.Get<Database>().Open();
        var stored = Stored(connection);
        Assert.True(stored.Count >= 9, $"only {stored.Count} timestamps");
        Assert.All(stored, value => Assert.Matches(OneFormat(), value));
    }

    [Fact]
    public void The_migration_rewrites_rows_written_in_the_older_format()
    {
        var folder = TempFolder.Create();
        try
        {
            var path = Path.Combine(folder, "old.db");
            var migration = Migrations.All().Single(m => m.Name.EndsWith("_one_timestamp_format", StringComparison.Ordinal));
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
            {
                connection.Open();
                foreach (var earlier in Migrations.All().Where(m => m.Version < migration.Version))
                    connection.Execute(earlier.Sql);
                connection.Execute($"PRAGMA user_version = {migration.Version - 1};");
                connection.Execute("""
                    INSERT INTO sources (id, outlet, kind, origin, text, content_hash, added_by, added_at)
                    VALUES (1, 'Example', 'text', 'test', 'text', 'hash', 'test', '2023-05-23T18:30:00Z');
                    INSERT INTO aliases (name, variant, added_by, added_at) VALUES ('Gladkov', 'Hladkov', 'test', '2023-05-23T18:30:01Z');
                    INSERT INTO answers (id, asked_at, question, question_key, status, answer, composer, latency_ms, evidence_json, result_json)
                    VALUES (1, '2023-05-23T18:30:02.250Z', 'q', 'q', 'answered', 'a', 'extractive', 1, '{}', '{}');
                    INSERT INTO updates (update_id, payload, received_at, handled_at) VALUES (1, '{}', '2023-05-23T18:30:03Z', NULL);
                    INSERT INTO audit (at, action, allowed) VALUES ('2023-05-23T18:30:04Z', 'test', 1);
                    """);
            }
            var database = new Database(Options.Create(new StorageOptions { DatabasePath = path }), NullLogger<Database>.Instance);
            database.Migrate();
            using var migrated = database.Open();
            Assert.Equal(
                ["2023-05-23T18:30:00.000Z", "2023-05-23T18:30:01.000Z", "2023-05-23T18:30:02.250Z", "2023-05-23T18:30:03.000Z", "2023-05-23T18:30:04.000Z"],
                Stored(migrated).Order());
            Assert.Null(migrated.ExecuteScalar<string?>("SELECT handled_at FROM updates;"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex OneFormat();
}
