using Dapper;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Storage;

public sealed class DatabaseTests
{
    [Fact]
    public void A_new_database_gets_every_migration_and_WAL()
    {
        using var app = new TestApp(seed: false);
        using var connection = app.Get<Database>().Open();
        Assert.Equal(Migrations.All()[^1].Version, connection.ExecuteScalar<int>("PRAGMA user_version;"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode;"));
        Assert.True(connection.ExecuteScalar<int>("PRAGMA foreign_keys;") == 1);
    }

    [Fact]
    public void Migrating_again_changes_nothing()
    {
        using var app = new TestApp();
        var database = app.Get<Database>();
        Assert.False(database.Migrate());
        using var connection = database.Open();
        Assert.Equal(5, connection.ExecuteScalar<int>("SELECT count(*) FROM sources;"));
    }

    [Fact]
    public void A_database_from_a_newer_program_is_refused_with_a_message()
    {
        using var app = new TestApp(seed: false);
        var database = app.Get<Database>();
        using (var connection = database.Open()) connection.Execute("PRAGMA user_version = 999;");
        var error = Assert.Throws<StorageException>(() => database.Migrate());
        Assert.Contains("newer than this program", error.Message);
    }

    [Fact]
    public void Migrations_are_numbered_without_gaps()
    {
        var versions = Migrations.All().Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }
}
