using FactCheckBot.Cli;
using FactCheckBot.Corpus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Tests.Support;

// The real program's host on a fresh SQLite file in a temp folder, migrated and seeded.
public sealed class TestApp : IDisposable
{
    private readonly IHost host;

    public TestApp(IReadOnlyDictionary<string, string?>? overrides = null, bool seed = true, string? databasePath = null)
    {
        Folder = TempFolder.Create();
        DatabasePath = databasePath ?? Path.Combine(Folder, "test.db");
        var settings = new Dictionary<string, string?> { ["Sources:SeedDefaultCorpus"] = seed ? "true" : "false" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        host = Program.BuildHost(new HostSettings(DatabasePath, null, Verbose: false, Service: false) { Overrides = settings });
        Services.GetRequiredService<IStartupValidator>().Validate();
        Services.GetRequiredService<DefaultCorpus>().EnsureReady();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => host.Services;

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.Delete(Folder);
    }
}

public static class TempFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
