using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>Ends the console session (POST only, with the anti-forgery token).</summary>
internal sealed class SignOutModel : ConsolePageModel
{
    public IActionResult OnGet() => Redirect(ConsoleRoutes.Root);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleAccounts.Scheme);
        return Redirect(ConsoleRoutes.SignIn);
    }
}
