using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole;

// Every error the console shows, in plain words: a bad form, a page for admins, a missing page,
// a failure on the server. Never a stack trace. Reached again after a failed request, whatever its method.
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        if (code is >= 400 and <= 599) Response.StatusCode = code;
        (Heading, Explanation) = code switch
        {
            400 => ("That form could not be accepted",
                "It was sent without the console's security token, or the page had been open too long. Go back, reload the page and try again; what you typed is still in the form you came from."),
            403 => ("For admins only", "You are signed in, but only admins can do this. Ask an admin, or sign in with an admin's link."),
            404 => ("No such page", "There is nothing at this address. It may have been removed, or the link is mistyped."),
            405 => ("Not here", "This address does not take that kind of request."),
            >= 500 => ("Something went wrong", "The console could not finish this request; the server's log says why. Try again in a moment."),
            _ => ("The request could not be served", $"The console answered with code {code}."),
        };
    }
}
