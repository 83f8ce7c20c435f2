using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheckBot.WebConsole.SignIn;

// Opening a link only shows whose it is (a link preview must not use it up); the button signs in.
public sealed class SignInModel(ConsoleLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public LinkHolder? Holder { get; private set; }

    public bool BadLink { get; private set; }

    public void OnGet()
    {
        if (Token is null) return;
        Holder = links.Peek(Token);
        Refuse(Holder is null);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (links.Redeem(Token) is not { } holder)
        {
            Refuse(true);
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ConsoleUser.Principal(holder));
        return LocalRedirect("/");
    }

    private void Refuse(bool bad)
    {
        BadLink = bad;
        if (bad) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
