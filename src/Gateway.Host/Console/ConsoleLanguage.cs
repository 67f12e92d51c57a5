using Microsoft.AspNetCore.Http;

namespace Gateway.Host.Console;

/// <summary>
/// The console's language: Dutch unless the user chose English. <c>?lang=en</c> (or <c>nl</c>) chooses and is kept in a
/// cookie, so the choice holds on the next pages.
/// </summary>
internal static class ConsoleLanguage
{
    public const string QueryKey = "lang";
    public const string CookieName = "gateway-console-lang";

    /// <summary>The language of this request; sets the cookie when the query chooses one.</summary>
    public static ConsoleTexts Choose(HttpContext http)
    {
        var asked = http.Request.Query[QueryKey].ToString();
        if (asked is "nl" or "en")
        {
            http.Response.Cookies.Append(CookieName, asked, new CookieOptions { Path = ConsoleRoutes.Root, HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return ConsoleTexts.For(asked);
        }

        return ConsoleTexts.For(http.Request.Cookies[CookieName]);
    }
}
