using System.CommandLine;
using System.Text.Json;
using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class SourceCommands
{
    public static Command Create(CliHost cli) => new("sources", "List, add and remove the articles the bot answers from.")
    {
        List(cli), Add(cli), Remove(cli),
    };

    private static Command List(CliHost cli)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("list", "List sources with their outlets and passage counts.") { json };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var sources = services.GetRequiredService<SourceStore>().List();
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(sources, AnswerJson.Options));
            else if (sources.Count == 0)
                Console.WriteLine("No sources. Add one with: factcheck sources add PATH_OR_URL --outlet NAME");
            else
                Table.Print(["id", "outlet", "original", "published", "passages", "title"], sources.Select(s => new[]
                {
                    s.Id.ToString(), s.Outlet, s.OriginalOutlet ?? "", s.Published ?? "", s.Passages.ToString(), s.Title ?? s.Origin,
                }));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Add(CliHost cli)
    {
        var target = new Argument<string>("path-or-url")
        {
            Description = "A .txt, .md or .html file, a folder with manifest.json, an http(s) URL, or - to read pasted text from stdin.",
        };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet that published it (required for text files)." };
        var title = new Option<string?>("--title") { Description = "Headline." };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD." };
        var url = new Option<string?>("--url") { Description = "Where it was published." };
        var original = new Option<string?>("--original-outlet") { Description = "For a republished article: the outlet that first published it." };
        var author = new Option<string?>("--author") { Description = "Byline." };
        var command = new Command("add", "Add a source. Adding the same text again changes nothing.")
        {
            target, outlet, title, published, url, original, author,
        };
        command.SetAction((parse, token) => cli.Run(parse, token, async (services, ct) =>
        {
            var ingestor = services.GetRequiredService<Ingestor>();
            var hints = new SourceHints(parse.GetValue(outlet), parse.GetValue(original), parse.GetValue(title),
                parse.GetValue(author), parse.GetValue(url), parse.GetValue(published));
            var what = parse.GetValue(target)!;
            var addedBy = $"cli:{Environment.UserName}";
            var progress = new ConsoleProgress();
            IReadOnlyList<IngestResult> results = what == "-"
                ? [ingestor.AddText(await Console.In.ReadToEndAsync(ct), "text", hints, "pasted text", addedBy, progress)]
                : what.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || what.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    ? [await ingestor.AddUrlAsync(what, hints, addedBy, ct, progress)]
                    : ingestor.AddPath(what, hints, addedBy, progress);
            foreach (var result in results) Console.WriteLine(result.Describe());
            return 0;
        }));
        return command;
    }

    private static Command Remove(CliHost cli)
    {
        var id = new Argument<long>("id") { Description = "Source id, as in `sources list`." };
        var command = new Command("remove", "Remove a source and its passages. The answer log keeps what was quoted.") { id };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var store = services.GetRequiredService<SourceStore>();
            var sourceId = parse.GetValue(id);
            var source = store.Get(sourceId) ?? throw new InputException($"There is no source #{sourceId}; see `factcheck sources list`.");
            store.Remove(sourceId);
            Console.WriteLine($"Removed source #{source.Id} ({source.Outlet}) and its {source.Passages} passages.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
