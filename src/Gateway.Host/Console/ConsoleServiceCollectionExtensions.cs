using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Console;

/// <summary>
/// The console: server-rendered Razor Pages under <c>/console</c> on the gateway's own listener, signed in with a cookie,
/// anti-forgery on every form, one vendored stylesheet and charts drawn on the server as SVG.
/// </summary>
internal static class ConsoleServiceCollectionExtensions
{
    /// <summary>How long a console session lasts without use.</summary>
    public static readonly TimeSpan DefaultSessionIdle = TimeSpan.FromHours(8);

    public static IServiceCollection AddGatewayConsole(this IServiceCollection services)
    {
        // The cookie and anti-forgery keys live in memory: a restart signs everyone out, and no key lies on disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<ConsoleAccounts>();
        services.AddSingleton<ConsoleOverview>();
        services.AddSingleton<ConsoleCharts>();
        services.AddAuthentication(ConsoleAccounts.Scheme).AddCookie(ConsoleAccounts.Scheme, cookie =>
        {
            cookie.Cookie.Name = "gateway-console";
            cookie.Cookie.Path = ConsoleRoutes.Root;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = ConsoleRoutes.SignIn;
            cookie.AccessDeniedPath = ConsoleRoutes.SignIn;
            cookie.ExpireTimeSpan = DefaultSessionIdle;
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "gateway-console-af";
            antiforgery.Cookie.Path = ConsoleRoutes.Root;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorPages(pages => pages.RootDirectory = "/Console/Pages");
        return services;
    }

    /// <summary>Signs requests in from the console's cookie and maps its pages, its stylesheet and <c>GET /</c> to the console.</summary>
    public static WebApplication UseGatewayConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A console page that answers an error without a body (404 for a message that is not yours, 400 for a form without
        // its token) gets a short page in both languages with the way back, instead of the browser's blank one.
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(ConsoleRoutes.Root, StringComparison.Ordinal),
            branch => branch.UseStatusCodePages(context =>
            {
                var response = context.HttpContext.Response;
                response.ContentType = "text/html; charset=utf-8";
                return response.WriteAsync(ConsoleErrorPage.Html(response.StatusCode));
            }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect(ConsoleRoutes.Root)).ExcludeFromDescription();
        app.MapGet(ConsoleRoutes.Stylesheet, () => Results.Text(ConsoleStylesheet.Text, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }
}
