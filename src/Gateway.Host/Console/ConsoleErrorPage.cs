using System.Globalization;

namespace Gateway.Host.Console;

/// <summary>The short page a console error answers with: what happened, in Dutch and English, and the way back.</summary>
internal static class ConsoleErrorPage
{
    public static string Html(int status)
    {
        var (nl, en) = status switch
        {
            404 => ("Niet gevonden, of niet van een gemeente die u mag zien.", "Not found, or not of a gemeente you may see."),
            403 => ("Dit mag uw account niet doen.", "Your account may not do this."),
            400 => ("Het formulier is niet aangenomen (verlopen of zonder beveiligingstoken). Laad de pagina opnieuw.", "The form was not accepted (expired or without its security token). Load the page again."),
            _ => ("Er ging iets mis.", "Something went wrong."),
        };
        return string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{status}</title><link rel="stylesheet" href="{ConsoleRoutes.Stylesheet}"></head>
            <body><main><h1>{status}</h1><p class="error" id="error">{nl}</p><p lang="en">{en}</p><p><a href="{ConsoleRoutes.Root}">Terug naar het overzicht · Back to the overview</a></p></main></body></html>
            """);
    }
}
