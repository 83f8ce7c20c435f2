using System.Diagnostics;
using System.Text;

namespace FactCheckBot.Tests.Support;

// `factcheck run` as a child process against an emulator or a fake Bot API.
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public bool HasExited => process.HasExited;

    // Waits for the bot to stop by itself and returns its exit code.
    public async Task<int> WaitForExitAsync(int timeoutSeconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the bot did not exit in {timeoutSeconds} s:\n{Output}");
        }
        return process.ExitCode;
    }

    public static BotProcess Start(string folder, string databasePath, Uri apiBaseUrl, string token, IReadOnlyDictionary<string, string>? settings = null, bool verbose = false)
    {
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = token,
            ["Telegram__ApiBaseUrl"] = apiBaseUrl.ToString(),
            ["Telegram__PerChatIntervalMs"] = "20",
            ["Telegram__RequestTimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        string[] args = verbose ? ["--db", databasePath, "--verbose", "run"] : ["--db", databasePath, "run"];
        var process = Process.Start(FactcheckProcess.StartInfo(folder, environment, args))!;
        return new BotProcess(process);
    }

    public async Task WaitForOutputAsync(string text, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited) throw new InvalidOperationException($"the bot exited ({process.ExitCode}) before printing \"{text}\":\n{Output}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the bot did not print \"{text}\" in {timeoutSeconds} s:\n{Output}");
            await Task.Delay(50);
        }
    }

    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.StandardInput.Close();
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
