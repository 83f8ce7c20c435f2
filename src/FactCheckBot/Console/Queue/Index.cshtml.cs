using System.Globalization;
using FactCheckBot.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FactCheckBot.WebConsole.Queue;

// The home page: the answer log as a review queue, users' 👎 and flags first.
public sealed class QueueModel(ReviewQueue queue, IOptions<ConsoleOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public QueueShow Show { get; set; }
    [BindProperty(SupportsGet = true)] public StatusFilter Status { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewFilter Review { get; set; }
    [BindProperty(SupportsGet = true)] public FeedbackFilter Feedback { get; set; }
    [BindProperty(SupportsGet = true)] public ChatKind Chat { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    // "page" is taken by Razor Pages' routing.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public QueuePage Result { get; private set; } = new([], 0);

    public long Pages => Math.Max(1, (Result.Total + options.Value.PageSize - 1) / options.Value.PageSize);

    public bool Filtered => Status != default || Review != default || Feedback != default || Chat != default || From is not null || To is not null;

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = queue.Page(new QueueFilter(Show, Status, Review, Feedback, Chat, From, To), PageNumber, options.Value.PageSize);
    }

    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(CultureInfo.InvariantCulture) };
        if (Show != default) values["show"] = Show.ToString();
        if (Status != default) values["status"] = Status.ToString();
        if (Review != default) values["review"] = Review.ToString();
        if (Feedback != default) values["feedback"] = Feedback.ToString();
        if (Chat != default) values["chat"] = Chat.ToString();
        if (From is { } from) values["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (To is { } to) values["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return values;
    }
}
