using FactCheckBot.Corpus;
using FactCheckBot.Moderation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Sources;

public sealed class SourcesModel(SourceStore sources, SharedQuotes quotes) : PageModel
{
    public IReadOnlyList<SourceRow> Sources { get; private set; } = [];

    public IReadOnlyDictionary<long, long> TimesCited { get; private set; } = new Dictionary<long, long>();

    public void OnGet()
    {
        Sources = sources.List();
        TimesCited = quotes.TimesCited();
    }
}
