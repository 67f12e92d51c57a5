using System.Net;
using System.Text.RegularExpressions;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Console;

/// <summary>The console over plain HTTP, for what a browser cannot do: post without a token, keep a cookie across a restart.</summary>
internal static partial class ConsoleHttp
{
    /// <summary>A client signed in to the console through its form, with the sign-in page's anti-forgery token.</summary>
    public static async Task<HttpClient> SignedInClientAsync(RunningGateway gateway, Dictionary<string, string> form)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = gateway.BaseUrl };
        var signInPage = await http.GetStringAsync("console/sign-in");
        form["__RequestVerificationToken"] = Token(signInPage);
        using var signIn = await http.PostAsync("console/sign-in", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return http;
    }

    /// <summary>The anti-forgery token of a console page.</summary>
    public static string Token(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("the page carries no anti-forgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
