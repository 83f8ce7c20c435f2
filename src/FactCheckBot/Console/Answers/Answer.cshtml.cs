using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Moderation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.Answers;

public sealed record CitationView(Citation Citation, QuoteInSource InSource, IReadOnlyList<CitingAnswer> AlsoCitedBy);

// One answer in full, its evidence beside the sources, and the moderation actions: approve, flag,
// correct, undo, and one correction for every answer that quoted the same passage.
public sealed class AnswerModel(AnswerLog log, SourceStore sources, SharedQuotes quotes, ConsoleModeration moderation, CorrectionFanOut fanOut)
    : PageModel
{
    public LogDetail Entry { get; private set; } = null!;

    public Answer Result { get; private set; } = null!;

    public IReadOnlyList<CitationView> Citations { get; private set; } = [];

    public EvidenceView Evidence { get; private set; } = new([], []);

    public IReadOnlyDictionary<long, string> Outlets { get; private set; } = new Dictionary<long, string>();

    public string? Error { get; private set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public string? Correction { get; set; }

    [BindProperty] public long Passage { get; set; }

    [BindProperty] public List<long> Chosen { get; set; } = [];

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        Act(id, () => moderation.ApproveAsync(id, User.TelegramId(), ct), $"Approved answer #{id}.");

    public Task<IActionResult> OnPostFlagAsync(long id, CancellationToken ct) =>
        Act(id, () => moderation.FlagAsync(id, User.TelegramId(), Reason ?? "", ct), $"Flagged answer #{id}.");

    public Task<IActionResult> OnPostCorrectAsync(long id, CancellationToken ct) =>
        Act(id, () => moderation.CorrectAsync(id, User.TelegramId(), Correction ?? "", notifyAsker: true, ct),
            $"Corrected answer #{id}; the person who asked has been sent the correction.");

    public Task<IActionResult> OnPostUndoAsync(long id, CancellationToken ct) =>
        Act(id, () => moderation.UndoAsync(id, User.TelegramId(), ct), $"Undid the last review of answer #{id}.");

    public async Task<IActionResult> OnPostCorrectAllAsync(long id, CancellationToken ct)
    {
        var count = 0;
        return await Act(id, async () => count = await fanOut.CorrectAsync(id, Passage, Chosen, User.TelegramId(), Correction ?? "", ct),
            () => $"Corrected {count} answers that quoted passage {Passage}; each person who asked hears about it once.");
    }

    private Task<IActionResult> Act(long id, Func<Task> action, string done) => Act(id, action, () => done);

    // Post, redirect, get: a reload never repeats an action. Bad input shows the page again with the
    // message, and what was typed stays in the form.
    private async Task<IActionResult> Act(long id, Func<Task> action, Func<string> done)
    {
        if (log.Get(id) is null) return NotFound();
        try
        {
            await action();
        }
        catch (InputException ex)
        {
            Load(id);
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Notice"] = done();
        return RedirectToPage(new { id });
    }

    private bool Load(long id)
    {
        if (log.Get(id) is not { } entry) return false;
        Entry = entry;
        Result = AnswerJson.Deserialize(entry.ResultJson);
        Evidence = EvidenceView.Parse(entry.EvidenceJson);
        Outlets = sources.List().ToDictionary(s => s.Id, s => s.Outlet);
        var citing = quotes.Citing(Result.Citations.Select(c => c.PassageId).Distinct().ToList())
            .Where(c => c.AnswerId != id).ToLookup(c => c.PassageId);
        var texts = new Dictionary<long, string?>();
        Citations = Result.Citations.Select(c => new CitationView(c,
            QuoteInSource.Locate(c, texts.TryGetValue(c.SourceId, out var text) ? text : texts[c.SourceId] = sources.GetText(c.SourceId)),
            citing[c.PassageId].ToList())).ToList();
        Correction ??= entry.Correction;
        return true;
    }
}
