using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// A real headless chromium (Debian's <c>chromium</c> and <c>chromium-driver</c>, which <c>.ci/run</c> installs) driving
/// the console of a gateway on loopback. Waits are explicit, on elements; every page it lands on is checked for every BSN
/// the test knows, and the pages it saw are counted so a test can say it looked at them.
/// </summary>
internal sealed class ConsoleBrowser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    // Only a guard against a hang on a loaded machine: every wait ends as soon as its element is there.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly ChromeDriver _driver;
    private readonly Uri _baseUrl;
    private readonly IReadOnlyCollection<string> _bsns;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    public ConsoleBrowser(Uri baseUrl, IReadOnlyCollection<string> bsns, string screenshots)
    {
        _baseUrl = baseUrl;
        _bsns = bsns;
        Screenshots = screenshots;
        Directory.CreateDirectory(screenshots);
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1100", "--lang=nl");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        _driver = new ChromeDriver(service, options, Patience);
        _driver.Manage().Timeouts().PageLoad = Patience;
    }

    public string Screenshots { get; }

    /// <summary>The paths of the pages checked for BSNs so far.</summary>
    public IReadOnlyCollection<string> Visited => _visited;

    public IWebDriver Driver => _driver;

    public string Url => _driver.Url;

    public string Html => _driver.PageSource;

    /// <summary>Opens a path of the gateway and waits for the element that says the page is there.</summary>
    public void Open(string path, By until)
    {
        _driver.Navigate().GoToUrl(new Uri(_baseUrl, path));
        WaitFor(until);
    }

    /// <summary>Waits for an element, checks the page it is on for BSNs, and returns it.</summary>
    public IWebElement WaitFor(By element)
    {
        var found = new WebDriverWait(_driver, Patience).Until(d => d.FindElements(element).FirstOrDefault());
        CheckNoBsn();
        return found;
    }

    /// <summary>Reloads the page until the condition holds on it (a delivery that the gateway sends in the background).</summary>
    public bool ReloadUntil(Func<IWebDriver, bool> condition)
    {
        try
        {
            return new WebDriverWait(_driver, Patience) { PollingInterval = TimeSpan.FromMilliseconds(500) }.Until(d =>
            {
                d.Navigate().Refresh();
                CheckNoBsn();
                return condition(d);
            });
        }
        catch (WebDriverTimeoutException)
        {
            return false;
        }
    }

    public void Click(By element) => WaitFor(element).Click();

    public void Type(By element, string text)
    {
        var input = WaitFor(element);
        input.Clear();
        input.SendKeys(text);
    }

    /// <summary>Signs in as an operator with the operator API key; waits for the overview.</summary>
    public void SignIn(string operatorKey)
    {
        Open("console/sign-in", By.Id("signin-submit"));
        Click(By.CssSelector("input[name=Kind][value=Operator]"));
        Type(By.Id("key"), operatorKey);
        Submit();
    }

    /// <summary>Signs in as the back office of a gemeente with its back-office API key; waits for the overview.</summary>
    public void SignInBackOffice(string gemeentecode, string key)
    {
        Open("console/sign-in", By.Id("signin-submit"));
        Click(By.CssSelector("input[name=Kind][value=BackOffice]"));
        Type(By.Id("gemeentecode"), gemeentecode);
        Type(By.Id("key"), key);
        Submit();
    }

    // A browser already signed in shows "signed-in-as" on the sign-in page too: wait until the form's page is gone,
    // or the next navigation races the sign-in's redirect and may land on the redirect's page instead.
    private void Submit()
    {
        Click(By.Id("signin-submit"));
        new WebDriverWait(_driver, Patience).Until(d => d.FindElements(By.Id("signin-submit")).Count == 0);
        WaitFor(By.Id("signed-in-as"));
    }

    /// <summary>Writes a PNG of the whole window to the screenshot folder.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        _driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    private void CheckNoBsn()
    {
        var html = _driver.PageSource;
        var leaked = _bsns.Where(bsn => html.Contains(bsn, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"{leaked.Count} BSN(s) in the HTML of {_driver.Url}");
        _visited.Add(new Uri(_driver.Url).AbsolutePath);
    }

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
    }
}
