using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Gateway.Host.Cli;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

/// <summary>An ordinary mistake on the command line: one line on stderr naming the problem, exit 2, no stack trace.</summary>
public sealed class UserMistakeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-mistake-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData(new[] { "queue", "list", "--limit", "abc" }, "gateway: --limit: 'abc' is not a whole number (see 'gateway queue list --help')")]
    [InlineData(new[] { "queue", "list", "--limit", "99999999999" }, "gateway: --limit: '99999999999' is too large (see 'gateway queue list --help')")]
    [InlineData(new[] { "queue", "show", "abc" }, "gateway: <id>: 'abc' is not a whole number (see 'gateway queue show --help')")]
    [InlineData(new[] { "message", "timeline", "12x" }, "gateway: <id>: '12x' is not a whole number (see 'gateway message timeline --help')")]
    [InlineData(new[] { "demo", "--seconds", "ten" }, "gateway: --seconds: 'ten' is not a whole number (see 'gateway demo --help')")]
    [InlineData(new[] { "demo", "--minutes", "half" }, "gateway: --minutes: 'half' is not a number (see 'gateway demo --help')")]
    [InlineData(new[] { "keys", "rotate", "--batch-size", "1.5" }, "gateway: --batch-size: '1.5' is not a whole number (see 'gateway keys rotate --help')")]
    [InlineData(new[] { "explain", "9321", "--lang", "de" }, "gateway: --lang: 'de' is not one of: nl, en (see 'gateway explain --help')")]
    public void Parse_ValueOfTheWrongForm_OneLineNamingTheExpectedForm(string[] args, string expected)
    {
        AssertOneLineMistake(GatewayCli.Run(args), expected);
    }

    [Fact]
    public void Parse_ValueOfTheWrongForm_InDutch()
    {
        AssertOneLineMistake(
            GatewayCli.Run("queue", "list", "--limit", "abc", "--lang", "nl"),
            "gateway: --limit: 'abc' is geen geheel getal (zie 'gateway queue list --help')");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("10001")]
    public void Demo_ClientsOutsideTheRange_Exit2NamingTheRange(string clients)
    {
        AssertOneLineMistake(GatewayCli.Run("demo", "--clients", clients), $"gateway: --clients {clients} is not allowed: give a number from 1 to 10000");
    }

    [Theory]
    [InlineData("--seconds", "0", "gateway: --seconds 0 is not allowed: give a number from 1 to 86400")]
    [InlineData("--minutes", "-1", "gateway: --minutes -1 is not allowed: give a number from 0.1 to 1440")]
    [InlineData("--port", "70000", "gateway: --port 70000 is not allowed: give a number from 0 to 65535")]
    public void Demo_OptionOutsideItsRange_Exit2NamingTheRange(string option, string value, string expected)
    {
        AssertOneLineMistake(GatewayCli.Run("demo", option, value), expected);
    }

    [Fact]
    public void Queue_LimitBelowOne_Exit2NamingTheRange()
    {
        AssertOneLineMistake(GatewayCli.Run("queue", "list", "--limit", "0"), "gateway: --limit 0 is not allowed: give a number from 1 to 500");
    }

    [Fact]
    public void Demo_PortInUse_Exit2NamingThePortBeforeAnythingStarts()
    {
        using var busy = Listen(out var port);

        var run = GatewayCli.Run("demo", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--exit", "--seconds", "1");

        AssertOneLineMistake(run, $"gateway: port {port} on 127.0.0.1 is in use; choose another with --port (--port 0 takes any free port), or stop the program that listens there");
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Run_PortInUse_Exit2NamingThePortAndTheSetting()
    {
        using var busy = Listen(out var port);
        var config = WriteConfig($"http://127.0.0.1:{port}");

        var run = GatewayCli.Run("run", "--config", config);

        AssertOneLineMistake(run, $"gateway: port {port} on 127.0.0.1 is in use; choose another with Gateway:Http:Urls in the configuration, or stop the program that listens there");
    }

    [Fact]
    public void Run_PortInUse_InDutch()
    {
        using var busy = Listen(out var port);
        var config = WriteConfig($"http://localhost:{port}");

        var run = GatewayCli.Run("run", "--config", config, "--lang", "nl");

        AssertOneLineMistake(run, $"gateway: poort {port} op 127.0.0.1 is al in gebruik; kies een andere met Gateway:Http:Urls in de configuratie, of stop het programma dat daar luistert");
    }

    [Fact]
    public void Language_FromTheEnvironment_WithoutLang()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error) { CurrentDirectory = RepoPaths.Root, GetEnvironmentVariable = name => name == "LANG" ? "nl_NL.UTF-8" : null };

        var code = GatewayCommandLine.Run(["demo", "--clients", "0"], context);

        Assert.Equal(2, code);
        Assert.Equal("gateway: --clients 0 kan niet: geef een getal van 1 tot en met 10000", error.ToString().TrimEnd());
    }

    [Theory]
    [InlineData("en", "gateway: --clients 0 is not allowed: give a number from 1 to 10000")]
    [InlineData("nl", "gateway: --clients 0 kan niet: geef een getal van 1 tot en met 10000")]
    public void Language_LangOverTheEnvironment_BothWays(string lang, string expected)
    {
        // The command tree is built in the environment's language first: a --lang naming the other one must still win.
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environmentLanguage = lang == "en" ? "nl_NL.UTF-8" : "en_US.UTF-8";
        var context = new CliContext(output, error) { CurrentDirectory = RepoPaths.Root, GetEnvironmentVariable = name => name == "LANG" ? environmentLanguage : null };

        var code = GatewayCommandLine.Run(["demo", "--clients", "0", "--lang", lang], context);

        Assert.Equal(2, code);
        Assert.Equal(expected, error.ToString().TrimEnd());
    }

    [Fact]
    public void Retour_AFolder_Exit2SayingItTakesOneFile()
    {
        AssertOneLineMistake(GatewayCli.Run("retour", "samples"), "gateway: samples is a folder: retour takes one message file (validate takes folders)");
    }

    [Fact]
    public void UnknownVerb_OneLineWithTheHelpHint()
    {
        var run = GatewayCli.Run("frob");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.Contains("'frob'", line, StringComparison.Ordinal);
        Assert.EndsWith("(see 'gateway --help')", line, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void AssertOneLineMistake(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, Assert.Single(Lines(run.Error)));
        Assert.DoesNotContain("   at ", run.Error + run.Out, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static TcpListener Listen(out int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }

    /// <summary>The sample region's configuration with keys of its own, serving on <paramref name="urls"/>.</summary>
    private string WriteConfig(string urls)
    {
        Directory.CreateDirectory(_directory);
        var text = System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(RepoPaths.Sample("region", "appsettings.json")), "\"([a-z0-9-]+)-change-me\"", m => $"\"{m.Groups[1].Value}-{Guid.NewGuid():N}\"");
        var root = JsonNode.Parse(text)!;
        var gateway = root["Gateway"]!;
        gateway["Messages"]!["SchemaRoot"] = RepoPaths.Schemas;
        gateway["Http"]!["Urls"] = urls;
        gateway["Logging"]!["ConsoleLevel"] = "Fatal";
        gateway["Storage"]!["EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        gateway["Storage"]!["BsnHashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        gateway["Contracts"]!["ReferencePath"] = RepoPaths.Sample("region", "reference");
        gateway["Contracts"]!["ContractsFile"] = RepoPaths.Sample("region", "contracts.json");
        var path = Path.Combine(_directory, "gateway.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
