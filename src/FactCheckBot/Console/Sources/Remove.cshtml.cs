using FactCheckBot.Corpus;
using FactCheckBot.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Sources;

// Removing asks first, showing what goes: the same removal as `factcheck sources remove` and /removesource.
public sealed class RemoveSourceModel(SourceStore sources, SharedQuotes quotes) : PageModel
{
    public SourceRow Source { get; private set; } = null!;

    public long TimesCited { get; private set; }

    public IActionResult OnGet(long id)
    {
        if (sources.Get(id) is not { } source) return NotFound();
        Source = source;
        TimesCited = quotes.TimesCited().GetValueOrDefault(id);
        return Page();
    }

    public IActionResult OnPost(long id)
    {
        if (sources.Get(id) is not { } source) return NotFound();
        sources.Remove(id);
        TempData["Notice"] = $"Removed source #{source.Id} ({source.Outlet}) and its {source.Passages} passages.";
        return RedirectToPage("/Sources/Index");
    }
}
