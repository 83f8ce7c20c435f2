using FactCheckBot.Answering;
using FactCheckBot.Bench;
using FactCheckBot.Cli;
using FactCheckBot.Corpus;
using FactCheckBot.Embeddings;
using FactCheckBot.Evaluation;
using FactCheckBot.Llm;
using FactCheckBot.Moderation;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.WebConsole;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

return await CliApp.RunAsync(args, Program.BuildHost);

// Composition root: the command line picks what to run; every command gets this host. It is a web
// application so the moderators' console can share the bot's services, but it listens only when a
// console is served (`factcheck console`, or `factcheck run` with Console:Urls).
public partial class Program
{
    public static IHost BuildHost(HostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(Program).Assembly.GetName().Name, // where the console's pages are, also under a test runner
        });
        if (settings.ConfigFile is not null) builder.Configuration.AddJsonFile(Path.GetFullPath(settings.ConfigFile), optional: false);
        builder.Configuration.AddEnvironmentVariables();
        if (settings.DatabasePath is not null) builder.Configuration[$"{StorageOptions.SectionName}:DatabasePath"] = settings.DatabasePath;
        if (settings.Overrides is not null) builder.Configuration.AddInMemoryCollection(settings.Overrides);

        if (!settings.Service)
        {
            // One-shot commands keep stdout for answers; only warnings (or all with --verbose) reach stderr.
            var level = settings.Verbose ? "Debug" : "Warning";
            builder.Configuration["Logging:LogLevel:Default"] = level;
            builder.Configuration["Logging:LogLevel:FactCheckBot"] = level;
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services
            .AddStorage()
            .AddCorpus()
            .AddRetrieval()
            .AddAnswering()
            .AddLlm(builder.Configuration)
            .AddEmbeddings()
            .AddModeration()
            .AddBench()
            .AddEvaluation()
            .AddTelegramBot();
        builder.AddConsole(settings);
        settings.Customize?.Invoke(builder);
        return builder.Build();
    }
}
