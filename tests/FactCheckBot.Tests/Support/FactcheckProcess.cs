using System.Diagnostics;

namespace FactCheckBot.Tests.Support;

// Runs the real factcheck program (the built factcheck.dll) as a child process.
public static class FactcheckProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    // The app's own build output: the test folder's copy lacks what the ASP.NET framework reference supplies.
    public static string Dll { get; } = Path.Combine(RepoPaths.Root, "src", "FactCheckBot", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "factcheck.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return info;
    }

    public static async Task<Result> RunAsync(string workingDirectory, string[] args, string? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 60)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"factcheck {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
