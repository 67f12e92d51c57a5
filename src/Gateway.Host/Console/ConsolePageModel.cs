using Gateway.Host.Operators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gateway.Host.Console;

/// <summary>
/// What every console page has: the signed-in account (pages need one; the sign-in page opts out) and the texts in the
/// chosen language. Razor Pages check the anti-forgery token of every POST before a handler runs.
/// </summary>
[Authorize(AuthenticationSchemes = ConsoleAccounts.Scheme)]
internal abstract class ConsolePageModel : PageModel
{
    /// <summary>The texts of the chosen language.</summary>
    public ConsoleTexts T { get; private set; } = ConsoleTexts.For(null);

    /// <summary>The account the user acts as.</summary>
    public OperatorAccount Account => ConsoleAccounts.Account(User) ?? throw new InvalidOperationException("a console page was served without a signed-in account");

    /// <summary>
    /// Whether the account may replay and purge deliveries: operators may; a back office sees its dead letters but leaves
    /// acting on them to the region's operators, as over the API.
    /// </summary>
    public bool MayActOnDeliveries => ConsoleAccounts.Kind(User) == ConsoleAccountKind.Operator;

    /// <summary>A line to show once at the top of the page after an action (set before a redirect).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        T = ConsoleLanguage.Choose(context.HttpContext);
        ViewData["Texts"] = T;
        base.OnPageHandlerExecuting(context);
    }
}
