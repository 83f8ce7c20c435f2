using System.CommandLine;
using FactCheckBot.Corpus;
using FactCheckBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Cli;

public sealed record HostSettings(string? DatabasePath, string? ConfigFile, bool Verbose, bool Service)
{
    public IReadOnlyDictionary<string, string?>? Overrides { get; init; }

    // `factcheck console`: the web console alone, without the bot.
    public bool ConsoleOnly { get; init; }

    // --urls: overrides Console:Urls.
    public string? ConsoleUrls { get; init; }

    // The last word on the host, for tests: a test server instead of Kestrel, a clock.
    public Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? Customize { get; init; }
}

public static partial class CliApp
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file (config key Storage:DatabasePath; default data/factcheck.db). Created and seeded with the default corpus on first use.",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Extra JSON settings file, layered over appsettings.json and under environment variables.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log details to stderr.",
        Recursive = true,
    };

    public static Task<int> RunAsync(string[] args, Func<HostSettings, IHost> buildHost)
    {
        var cli = new CliHost(buildHost);
        var root = new RootCommand(
            "factcheck — answers questions about one news incident from a corpus of articles, saying which outlet said what.")
        {
            Database, Config, Verbose,
            AskCommands.Ask(cli), AskCommands.Chat(cli),
            SourceCommands.Create(cli), AliasCommands.Create(cli), LogCommands.Create(cli),
            BenchCommand.Create(cli), EvalCommand.Create(cli),
            RunCommand.Create(cli), ConsoleCommand.Create(cli), RoleCommands.Create(cli),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0) return parse.InvokeAsync();
        // Bad arguments: one message per problem on stderr and exit code 2, like every other bad input.
        foreach (var error in parse.Errors) Console.Error.WriteLine(Plain(error.Message));
        var command = string.Join(' ', parse.CommandResult.Command is RootCommand ? [] : CommandPath(parse.CommandResult));
        Console.Error.WriteLine($"See: factcheck {command}{(command.Length > 0 ? " " : "")}--help");
        return Task.FromResult(2);
    }

    // System.CommandLine names the .NET type it could not parse ("as expected type 'System.Int64'"); people read "a whole number".
    private static string Plain(string message) => TypeName().Replace(message, m => m.Groups["type"].Value switch
    {
        "Int64" or "Int32" => "a whole number",
        "Double" or "Decimal" => "a number",
        "Boolean" => "true or false",
        _ => "a value of the right kind",
    }).Replace("expected type a", "a", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"'System\.(?<type>\w+)'")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result) =>
        result.Parent is System.CommandLine.Parsing.CommandResult parent && parent.Command is not RootCommand
            ? CommandPath(parent).Append(result.Command.Name)
            : [result.Command.Name];
}

// Builds the host for one command and turns known failures into a message and an exit code:
// 2 for bad input or settings, 1 for anything else. Never a stack trace.
public sealed partial class CliHost(Func<HostSettings, IHost> buildHost)
{
    public Task<int> Run(ParseResult parse, CancellationToken cancellationToken,
        Func<IServiceProvider, CancellationToken, Task<int>> body, string? databasePath = null,
        Func<HostSettings, HostSettings>? adjust = null) =>
        RunHost(parse, cancellationToken, (host, ct) => body(host.Services, ct), service: false, databasePath, adjust);

    public async Task<int> RunHost(ParseResult parse, CancellationToken cancellationToken,
        Func<IHost, CancellationToken, Task<int>> body, bool service, string? databasePath = null,
        Func<HostSettings, HostSettings>? adjust = null)
    {
        if (parse.GetValue(CliApp.Config) is { } settingsFile && !File.Exists(settingsFile))
            return Fail($"Settings file not found: {settingsFile}", 2);
        try
        {
            var settings = new HostSettings(
                databasePath ?? parse.GetValue(CliApp.Database), parse.GetValue(CliApp.Config), parse.GetValue(CliApp.Verbose), service);
            using var host = buildHost(adjust?.Invoke(settings) ?? settings);
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            host.Services.GetRequiredService<DefaultCorpus>().EnsureReady();
            return await body(host, cancellationToken);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message, 2);
        }
        catch (OptionsValidationException ex)
        {
            return Fail(string.Join(Environment.NewLine, ex.Failures.Select(SettingError)), 2);
        }
        // Several sections wrong at once (or a setting other options are built from, such as Llm's for its HTTP clients).
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            return Fail(string.Join(Environment.NewLine, ex.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures).Select(SettingError).Distinct()), 2);
        }
        catch (InvalidDataException ex) when (ex.Message.StartsWith("Failed to load configuration", StringComparison.Ordinal))
        {
            return Fail($"{ex.Message} It is not valid JSON{(ex.InnerException is null ? "" : $": {ex.InnerException.Message}")}", 2);
        }
        catch (FileNotFoundException ex) when (ex.FileName?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return Fail($"Settings file not found: {ex.FileName}", 2);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            return Fail($"{ex.Message} Telegram ids must be numbers (user ids, not @usernames).", 2);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return Fail($"Cannot write or read there: {ex.Message}", 2);
        }
        catch (StorageException ex)
        {
            return Fail(ex.Message, 1);
        }
        catch (SqliteException ex)
        {
            return Fail($"Database error: {ex.Message}", 1);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
        catch (Exception ex)
        {
            return Fail($"Unexpected error: {ex.Message}", 1);
        }
    }

    public static int Fail(string message, int code)
    {
        Console.Error.WriteLine(message);
        return code;
    }

    // "DataAnnotation validation failed for 'AnsweringOptions' members: 'Topic' with the error: 'Answering:Topic must …'."
    // is told as its own message, without the names of the program's types.
    private static string SettingError(string failure) =>
        ValidationFailure().Match(failure) is { Success: true } m ? m.Groups["message"].Value : failure;

    [System.Text.RegularExpressions.GeneratedRegex(@"with the error: '(?<message>.*)'\.?$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex ValidationFailure();
}
