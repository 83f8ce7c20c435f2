using FactCheckBot.Corpus;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Aliases;

public sealed class RemoveAliasModel(AliasStore aliases) : PageModel
{
    public AliasRow Alias { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        if (aliases.List().FirstOrDefault(a => a.Id == id) is not { } alias) return NotFound();
        Alias = alias;
        return Page();
    }

    public IActionResult OnPost(long id)
    {
        if (aliases.List().FirstOrDefault(a => a.Id == id) is not { } alias) return NotFound();
        aliases.Remove(id);
        TempData["Notice"] = $"Removed {alias.Variant} as a variant of {alias.Name}.";
        return RedirectToPage("/Aliases/Index");
    }
}
