using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Tests.Support;

// `factcheck run` against the shared emulator with a token of its own, plus the client that
// plays its users and a look into its SQLite file.
public sealed class EmulatorBot : IAsyncDisposable
{
    private EmulatorBot(string folder, EmulatorClient client, BotProcess process)
    {
        Folder = folder;
        Client = client;
        Process = process;
    }

    public string Folder { get; }
    public EmulatorClient Client { get; }
    public BotProcess Process { get; }
    public string DatabasePath => Path.Combine(Folder, "bot.db");

    public static async Task<EmulatorBot> StartAsync(EmulatorFixture emulator, IReadOnlyDictionary<string, string> settings)
    {
        var folder = TempFolder.Create();
        var token = $"{Random.Shared.Next(1, int.MaxValue)}:bot-{Guid.NewGuid():N}";
        var client = new EmulatorClient(emulator.BaseUri, token);
        var process = BotProcess.Start(folder, Path.Combine(folder, "bot.db"), emulator.BaseUri, token, settings);
        await process.WaitForOutputAsync("Connected to");
        return new EmulatorBot(folder, client, process);
    }

    public T Query<T>(string sql, object? args = null)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return connection.ExecuteScalar<T>(sql, args)!;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Client.Dispose();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(Folder);
    }
}
