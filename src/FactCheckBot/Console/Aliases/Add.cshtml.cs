using FactCheckBot.Corpus;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Aliases;

// The same store as `factcheck aliases add` and /alias.
public sealed class AddAliasModel(AliasStore aliases) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Variants { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        try
        {
            var variants = (Variants ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var added = aliases.Add(Name ?? "", variants, $"console:{User.TelegramId()}");
            TempData["Notice"] = added == 0 ? "Those variants were already there; nothing changed." : $"Added {added} variant(s) of {Name!.Trim()}.";
            return RedirectToPage("/Aliases/Index");
        }
        catch (InputException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
