using FactCheckBot.Corpus;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FactCheckBot.WebConsole.Sources;

// Admins add an article by its link or as an uploaded file, through the same ingest as
// `factcheck sources add` and /addsource: cleaned, cut into passages, indexed and embedded.
public sealed class AddSourceModel(Ingestor ingestor, IOptions<SourcesOptions> options) : PageModel
{
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty] public string? OriginalOutlet { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Published { get; set; }
    [BindProperty] public string? Author { get; set; }

    public string? Error { get; private set; }

    public int MaxBytes => options.Value.MaxBytes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await AddAsync(cancellationToken);
            TempData["Notice"] = result.Describe();
            return RedirectToPage("/Sources/Index");
        }
        catch (InputException ex)
        {
            // What was typed stays in the form; a browser cannot keep the chosen file.
            Error = ex.Message + (Upload is null ? "" : " Choose the file again to retry.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<IngestResult> AddAsync(CancellationToken cancellationToken)
    {
        var hints = new SourceHints(Outlet, OriginalOutlet, Title, Author, null, Published);
        var addedBy = $"console:{User.TelegramId()}";
        var hasUrl = !string.IsNullOrWhiteSpace(Link);
        if (hasUrl == (Upload is not null)) throw new InputException("Give either a link or a file.");
        if (hasUrl) return await ingestor.AddUrlAsync(Link!, hints, addedBy, cancellationToken);

        var upload = Upload!;
        var name = Path.GetFileName(upload.FileName.Replace('\\', '/'));
        var kind = Ingestor.KindOf(name);
        if (upload.Length > MaxBytes) throw new InputException($"{name} is larger than the limit of {MaxBytes:N0} bytes (Sources:MaxBytes).");
        if (string.IsNullOrWhiteSpace(Outlet)) throw new InputException($"Name the outlet that published {name}.");
        // Through a file of the same name, so the source's origin is the name it was uploaded with and an
        // HTML page is read in the charset it declares, exactly as `factcheck sources add FILE` reads it.
        var folder = Directory.CreateTempSubdirectory("factcheck-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, SafeName(name));
            await using (var file = System.IO.File.Create(path)) await upload.CopyToAsync(file, cancellationToken);
            return ingestor.AddPath(path, hints, addedBy)[0];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray());
        return safe.Length <= 120 ? safe : safe[..(120 - Path.GetExtension(safe).Length)] + Path.GetExtension(safe);
    }
}
