using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Routing.Store;
using OpenQA.Selenium;

namespace Gateway.Host.Tests.Console;

/// <summary>
/// The console in a real headless chromium against a gateway on loopback with a real SQLite store (see
/// <see cref="ConsoleFixture"/>). Every page the browser lands on is checked for every BSN the gateway has seen.
/// </summary>
public sealed partial class ConsolePagesTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private ConsoleBrowser Browser => fixture.Browser;

    [Fact]
    public void SignIn_Overview_ShowsBothChartsWithBars()
    {
        Browser.SignIn(RunningGateway.OperatorKey);
        Browser.Open("console", By.Id("chart-per-hour"));

        var perHour = Browser.Driver.FindElements(By.CssSelector("#chart-per-hour rect.bar")).Where(r => Height(r) > 0).ToList();
        var perCode = Browser.Driver.FindElements(By.CssSelector("#chart-per-code rect.bar")).Where(r => Height(r) > 0).ToList();
        Assert.NotEmpty(perHour);
        Assert.NotEmpty(perCode);
        Assert.Equal("regio-beheer", Browser.WaitFor(By.Id("signed-in-as")).Text);
        Assert.NotEqual("0", Browser.WaitFor(By.Id("dead-letters")).Text);
        Assert.Equal("nl", Browser.WaitFor(By.TagName("html")).GetAttribute("lang"));
        Browser.Screenshot("console-overview");
    }

    [Fact]
    public void Search_ByToewijzingNummer_FindsIt_LifeShowsThe305AndIts306()
    {
        Browser.SignIn(RunningGateway.OperatorKey);
        Browser.Open("console/search", By.Id("search-form"));
        Browser.Type(By.Id("f-ToewijzingNummer"), fixture.ToewijzingNummer.ToString(CultureInfo.InvariantCulture));
        Browser.Click(By.Id("search-submit"));

        var rows = Browser.WaitFor(By.Id("results")).FindElements(By.CssSelector("tbody tr"));
        Assert.Contains(rows, r => r.Text.Contains("305", StringComparison.Ordinal));
        Browser.Click(By.Id("life-link"));
        var life = Browser.WaitFor(By.Id("life"));

        var start = life.FindElement(By.CssSelector("li[data-code='305']"));
        Assert.NotNull(start.FindElement(By.CssSelector("p.answer[data-code='306']")));
        Assert.NotEmpty(life.FindElements(By.CssSelector("li[data-code='301']")));
        Browser.Screenshot("console-toewijzing-life");
    }

    [Fact]
    public async Task FailureGroup_ReplayAfterConfirming_IsDelivered()
    {
        Browser.SignIn(RunningGateway.OperatorKey);
        Browser.Open("console/failures", By.Id("failure-groups"));
        var group = Browser.Driver.FindElements(By.CssSelector("#failure-groups tbody tr")).First(r => r.Text.Contains("backoffice:0599", StringComparison.Ordinal));
        group.FindElement(By.TagName("a")).Click();
        var count = int.Parse(Browser.WaitFor(By.Id("group-count")).Text, CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        var members = Browser.Driver.FindElements(By.CssSelector("#members tbody tr")).Count;
        Assert.Equal(count, members);
        Browser.Screenshot("console-failure-group");

        var firstDelivery = long.Parse(Browser.Driver.FindElements(By.CssSelector("#members tbody tr td"))[1].Text, CultureInfo.InvariantCulture);
        var firstMessage = (await fixture.Gateway.Store.GetDeliveryAsync(firstDelivery))!.Delivery.MessageId;
        var deadBefore = await DeadAt0599Async();

        Browser.Click(By.Id("replay-group"));
        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), Browser.WaitFor(By.Id("confirm")).Text, StringComparison.Ordinal);
        Assert.Equal(deadBefore, await DeadAt0599Async()); // asking is not doing
        Browser.Click(By.Id("confirm-yes"));
        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), Browser.WaitFor(By.Id("notice")).Text, StringComparison.Ordinal);

        Assert.Equal(deadBefore - count, await DeadAt0599Async());
        Browser.Open($"console/messages/{firstMessage}", By.Id("message-facts"));
        Assert.True(Browser.ReloadUntil(d => d.FindElements(By.CssSelector($"#delivery-{firstDelivery} .delivery-state")).FirstOrDefault()?.Text == "afgeleverd"), "the replayed delivery was not delivered");
        Assert.Equal(DeliveryState.Delivered, (await fixture.Gateway.Store.GetDeliveryAsync(firstDelivery))!.Delivery.State);
    }

    [Fact]
    public async Task Held325_Release_LeavesTheListAndIsQueued()
    {
        Browser.SignIn(RunningGateway.OperatorKey);
        Browser.Open("console/held", By.Id($"release-{fixture.HeldId}"));
        Browser.Click(By.Id($"release-{fixture.HeldId}"));

        Assert.Contains(fixture.HeldId.ToString(CultureInfo.InvariantCulture), Browser.WaitFor(By.Id("notice")).Text, StringComparison.Ordinal);
        Assert.Empty(Browser.Driver.FindElements(By.Id($"release-{fixture.HeldId}")));
        Assert.Contains((await fixture.Gateway.Store.GetTimelineAsync(fixture.HeldId)).Select(e => e.Type), t => t == MessageEventTypes.AnswerReleased);
    }

    [Fact]
    public async Task Held325_ReplacedByTheBackOfficesOwnFile_Queued_AndABrokenFileRefusedWithItsReason()
    {
        var held = (Bericht325)BerichtReader.Read((await fixture.Gateway.Store.ReadPayloadAsync(fixture.SecondHeldId))!);
        var own = held with { Header = held.Header with { BerichtIdentificatie = held.Header.BerichtIdentificatie with { Identificatie = "BO325CONSOLE" } } };
        var file = Path.Combine(Path.GetTempPath(), "console-own-325-" + Guid.NewGuid().ToString("N")[..8] + ".xml");
        var broken = file + ".broken.xml";
        await File.WriteAllBytesAsync(file, BerichtWriter.ToBytes(own));
        await File.WriteAllTextAsync(broken, "<Bericht>not a 325");
        try
        {
            Browser.SignInBackOffice("0363", "backoffice-0363-key-change-me");
            Assert.Equal("backoffice-console:0363", Browser.WaitFor(By.Id("signed-in-as")).Text);
            Browser.Open("console/held", By.Id($"file-{fixture.SecondHeldId}"));
            Browser.WaitFor(By.Id($"file-{fixture.SecondHeldId}")).SendKeys(broken);
            Browser.WaitFor(By.CssSelector($"#decide-{fixture.SecondHeldId} button.secondary")).Click();
            Assert.NotEmpty(Browser.WaitFor(By.Id("replace-refused")).FindElements(By.TagName("li")));

            Browser.WaitFor(By.Id($"file-{fixture.SecondHeldId}")).SendKeys(file);
            Browser.WaitFor(By.CssSelector($"#decide-{fixture.SecondHeldId} button.secondary")).Click();
            Assert.Contains(fixture.SecondHeldId.ToString(CultureInfo.InvariantCulture), Browser.WaitFor(By.Id("notice")).Text, StringComparison.Ordinal);
            Assert.Empty(Browser.Driver.FindElements(By.Id($"file-{fixture.SecondHeldId}")));
            Assert.Contains((await fixture.Gateway.Store.GetTimelineAsync(fixture.SecondHeldId)).Select(e => e.Type), t => t == MessageEventTypes.AnswerReplaced);
        }
        finally
        {
            File.Delete(file);
            File.Delete(broken);
        }
    }

    [Fact]
    public void OperatorOfAmsterdam_OpensAMessageOf0599ByUrl_NotFound()
    {
        Browser.SignIn(RunningGateway.OperatorKey);
        Browser.Open($"console/messages/{fixture.MessageOf0599}", By.Id("message-facts"));

        Browser.SignIn(RunningGateway.AmsterdamOperatorKey);
        Browser.Open($"console/messages/{fixture.MessageOf0599}", By.Id("error"));

        Assert.Contains("niet van een gemeente die u mag zien", Browser.WaitFor(By.Id("error")).Text, StringComparison.Ordinal);
        Assert.Empty(Browser.Driver.FindElements(By.Id("message-facts")));
        Browser.Open("console/failures", By.TagName("h1"));
        Assert.DoesNotContain("backoffice:0599", Browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormWithoutAntiForgeryToken_Refused_WithTokenAccepted()
    {
        using var http = await SignedInClientAsync(new() { ["Kind"] = "Operator", ["Key"] = RunningGateway.OperatorKey });

        using var withoutToken = await http.PostAsync("console/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));
        using var stillSignedIn = await http.GetAsync("console/deadlines");
        var overview = await http.GetStringAsync("console");
        using var withToken = await http.PostAsync("console/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(overview) }));
        using var signedOut = await http.GetAsync("console/deadlines");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/console/sign-in", signedOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPage_InBothLanguages_NoBsnInItsHtml()
    {
        Browser.SignIn(RunningGateway.OperatorKey);
        string[] pages = ["console", "console/failures", "console/search", "console/held", "console/ceilings", "console/deadlines?all=true", "console/reports?Kind=declaraties"];
        foreach (var lang in new[] { "en", "nl" })
        {
            foreach (var page in pages)
            {
                Browser.Open(page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang, By.TagName("h1"));
                Assert.Equal(lang, Browser.WaitFor(By.TagName("html")).GetAttribute("lang"));
            }
        }

        Browser.Open($"console/toewijzingen/{fixture.ToewijzingNummer}", By.Id("life"));
        var start = Browser.Driver.FindElement(By.CssSelector("#life li[data-code='305'] a")).GetAttribute("href")!;
        Browser.Open(new Uri(start).AbsolutePath, By.Id("show-payload"));
        Browser.Click(By.Id("show-payload"));
        var payload = Browser.WaitFor(By.Id("payload")).Text;

        Assert.Contains("<", payload, StringComparison.Ordinal);
        Assert.Contains("Bsn", payload, StringComparison.Ordinal);
        Browser.Open($"console/messages/{fixture.HeldId}", By.Id("show-payload"));
        Browser.Click(By.Id("show-payload"));
        Browser.WaitFor(By.Id("payload"));

        // Search by BSN: posted, found, and the BSN is in no page (the browser checks each one).
        Browser.Open("console/search", By.Id("bsn-form"));
        Browser.Type(By.Id("f-Bsn"), ConsoleFixture.SampleBsns[0]);
        Browser.Click(By.Id("bsn-submit"));
        Assert.NotEmpty(Browser.WaitFor(By.Id("results")).FindElements(By.CssSelector("tbody tr")));
        Assert.DoesNotContain(ConsoleFixture.SampleBsns[0], Browser.Url, StringComparison.Ordinal);
        Assert.True(Browser.Visited.Count >= 10, $"only {Browser.Visited.Count} pages were checked");
    }

    [Fact]
    public async Task BackOffice_ReplayOrPurgeWithAValidToken_Forbidden_NothingChanges()
    {
        var dead = await fixture.Gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered));
        using var http = await SignedInClientAsync(new() { ["Kind"] = "BackOffice", ["Gemeentecode"] = "0599", ["Key"] = "backoffice-0599-key-change-me" });
        var page = await http.GetStringAsync("console/failures");

        var posts = new List<HttpStatusCode>();
        foreach (var delivery in dead)
        {
            foreach (var handler in new[] { "Replay", "Purge" })
            {
                using var response = await http.PostAsync($"console/messages/{delivery.MessageId}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["delivery"] = delivery.Id.ToString(CultureInfo.InvariantCulture),
                    ["__RequestVerificationToken"] = Token(page),
                }));
                posts.Add(response.StatusCode);
            }
        }

        using var bulk = await http.PostAsync("console/failures/0000000000000000?handler=Do", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "purge",
            ["__RequestVerificationToken"] = Token(page),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, bulk.StatusCode);
        Assert.All(posts, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(dead.Select(d => d.Id), (await fixture.Gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered))).Select(d => d.Id));
    }

    /// <summary>A plain HTTP client signed in to the console through its form, with the sign-in page's anti-forgery token.</summary>
    private async Task<HttpClient> SignedInClientAsync(Dictionary<string, string> form)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = fixture.Gateway.BaseUrl };
        var signInPage = await http.GetStringAsync("console/sign-in");
        form["__RequestVerificationToken"] = Token(signInPage);
        using var signIn = await http.PostAsync("console/sign-in", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return http;
    }

    private async Task<int> DeadAt0599Async() =>
        (await fixture.Gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered, DeliveryDestination.BackOffice("0599")))).Count;

    private static int Height(IWebElement rect) => int.Parse(rect.GetAttribute("height") ?? "0", CultureInfo.InvariantCulture);

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("the page carries no anti-forgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
