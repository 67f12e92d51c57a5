using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>Signs an operator (operator API key) or a back office (gemeentecode and its back-office API key) in.</summary>
[AllowAnonymous]
internal sealed class SignInModel(ConsoleAccounts accounts) : ConsolePageModel
{
    [BindProperty]
    public ConsoleAccountKind Kind { get; set; } = ConsoleAccountKind.Operator;

    [BindProperty]
    public string? Gemeentecode { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var principal = Kind == ConsoleAccountKind.BackOffice ? accounts.SignInBackOffice(Gemeentecode, Key) : accounts.SignInOperator(Key);
        if (principal is null)
        {
            Problem = Kind == ConsoleAccountKind.BackOffice ? T["signin.wrong.backoffice"] : T["signin.wrong.operator"];
            return Page();
        }

        await HttpContext.SignInAsync(ConsoleAccounts.Scheme, principal);
        return LocalRedirect(ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) && back.StartsWith(ConsoleRoutes.Root, StringComparison.Ordinal) ? back : ConsoleRoutes.Root);
    }
}
