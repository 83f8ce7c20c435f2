using FactCheckBot.Corpus;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Aliases;

public sealed class AliasesModel(AliasStore aliases) : PageModel
{
    public IReadOnlyList<AliasRow> Aliases { get; private set; } = [];

    public void OnGet() => Aliases = aliases.List();
}
