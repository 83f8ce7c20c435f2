using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Storage;

// Opens connections (one per unit of work) and brings the schema up to date.
public sealed class Database(IOptions<StorageOptions> options, ILogger<Database> logger)
{
    // Row records use C# names; columns use snake_case.
    static Database() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.Value.DatabasePath),
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = Math.Max(1, options.Value.BusyTimeoutMs / 1000),
    }.ToString();

    public string FilePath { get; } = Path.GetFullPath(options.Value.DatabasePath);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout = {options.Value.BusyTimeoutMs}; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    // Returns true when the file was new (schema version 0 before).
    public bool Migrate()
    {
        var directory = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        var migrations = Migrations.All();
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        // The version is read inside the write transaction (BEGIN IMMEDIATE), so two processes opening a new
        // file at once take turns: the second sees the first one's migrations and skips them.
        using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var version = connection.ExecuteScalar<int>("PRAGMA user_version;", transaction: transaction);
        if (version > latest)
            throw new StorageException(
                $"The database {FilePath} has schema version {version}, newer than this program knows ({latest}). Use a newer factcheck.");
        foreach (var migration in migrations.Where(m => m.Version > version))
        {
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute($"PRAGMA user_version = {migration.Version};", transaction: transaction);
            logger.LogInformation("Applied migration {Migration}", migration.Name);
        }
        transaction.Commit();
        return version == 0;
    }
}

public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
