using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FactCheckBot.Tests.Support;

// telegram-test-api (npm, pinned in tests/emulator/package.json) on a free loopback port.
// Installs it with `npm ci` from the project's lock file when node_modules is missing.
public sealed class EmulatorFixture : IAsyncLifetime
{
    private Process? node;

    public Uri BaseUri { get; private set; } = null!;

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "emulator");

    public async Task InitializeAsync()
    {
        await EnsureInstalledAsync();
        var port = FreePort();
        var info = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add("server.js");
        info.ArgumentList.Add(port.ToString());
        node = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        var line = node.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(line, Task.Delay(TimeSpan.FromSeconds(30))) != line || line.Result?.StartsWith("listening") != true)
            throw new InvalidOperationException("telegram-test-api did not start: " + await node.StandardError.ReadToEndAsync());
        BaseUri = new Uri($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        if (node is null) return;
        node.StandardInput.Close();
        if (!node.WaitForExit(5000)) node.Kill(entireProcessTree: true);
        await Task.CompletedTask;
        node.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task EnsureInstalledAsync()
    {
        var marker = Path.Combine(Folder, "node_modules", "telegram-test-api", "package.json");
        if (File.Exists(marker)) return;
        // One installer at a time, also across test processes.
        await using var lockFile = await AcquireAsync(Path.Combine(Folder, ".install.lock"));
        if (File.Exists(marker)) return;
        var info = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" }) info.ArgumentList.Add(arg);
        using var npm = Process.Start(info) ?? throw new InvalidOperationException("npm is needed for the Telegram end-to-end tests");
        var output = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0) throw new InvalidOperationException("npm ci in tests/emulator failed: " + await output);
    }

    private static async Task<FileStream> AcquireAsync(string path)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (i < 600)
            {
                await Task.Delay(500);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "telegram emulator";
}
