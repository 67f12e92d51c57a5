using System.Text.Json.Nodes;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

/// <summary>`gateway config check` lists every problem of every section at once, as `run` would meet them.</summary>
public sealed class ConfigCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-config-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void ConfigCheck_AConfigurationOfOnesOwn_OneLineOkAndExit0()
    {
        var config = SampleConfig.Write(_directory, SampleConfig.OwnKeys);

        var check = GatewayCli.Run("config", "check", "--config", config);

        Assert.True(check.ExitCode == 0, check.Out + check.Error);
        Assert.Equal(["configuration OK"], check.OutLines);
    }

    [Fact]
    public void ConfigCheck_FiveMistakesInFiveSections_AllFiveListedInOneRunWithTheirFullKeys()
    {
        var config = SampleConfig.Write(_directory, FiveMistakes);

        var check = GatewayCli.Run("config", "check", "--config", config);

        Assert.Equal(2, check.ExitCode);
        var problems = check.OutLines.Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 5, check.Out);
        Assert.Contains("  - Gateway:Retry:BaseDelay: 'banana' is not a time span like 00:05:00 (hh:mm:ss, or d.hh:mm:ss for days).", problems);
        Assert.Contains("  - Gateway:Delivery:BatchSize: 'many' is not a whole number.", problems);
        Assert.Contains(problems, p => p.StartsWith("  - Gateway:Storage:EncryptionKey is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("  - Gateway:Region:Gemeenten:0:BackOffice:Endpoint must be an absolute http(s) URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("  - Gateway:Declaraties:TermijnWerkdagen must be between 1 and 60", StringComparison.Ordinal));
    }

    [Fact]
    public void ConfigCheck_UnknownLogFormat_ListedWithItsKey()
    {
        var config = SampleConfig.Write(_directory, root =>
        {
            SampleConfig.OwnKeys(root);
            root["Gateway"]!["Logging"] = new JsonObject { ["Format"] = "xml" };
        });

        var check = GatewayCli.Run("config", "check", "--config", config);

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("  - Gateway:Logging:Format: 'xml' is not a log format; use text or json.", check.OutLines);
    }

    [Fact]
    public void Run_FiveMistakesInFiveSections_TheSameListOnStandardErrorAndExit2()
    {
        var config = SampleConfig.Write(_directory, FiveMistakes);

        var run = GatewayCli.Run("run", "--config", config);
        var check = GatewayCli.Run("config", "check", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(check.Out, run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>One mistake in each of five sections: two values that do not convert, three that do not validate.</summary>
    private static void FiveMistakes(JsonNode root)
    {
        SampleConfig.OwnKeys(root);
        root["Gateway"]!["Retry"] = new JsonObject { ["BaseDelay"] = "banana" };
        root["Gateway"]!["Delivery"] = new JsonObject { ["BatchSize"] = "many" };
        root["Gateway"]!["Storage"]!["EncryptionKey"] = "";
        root["Gateway"]!["Region"]!["Gemeenten"]![0]!["BackOffice"]!["Endpoint"] = "not a url";
        root["Gateway"]!["Declaraties"] = new JsonObject { ["TermijnWerkdagen"] = 0 };
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
