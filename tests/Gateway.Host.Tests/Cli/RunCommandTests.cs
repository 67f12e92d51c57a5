using System.Text.Json.Nodes;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

/// <summary>`gateway run` refuses a configuration it cannot work with, and says which setting to fix.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-run-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Run_MissingKeysAndBadRegion_Exit2NamingEachSetting()
    {
        var config = Write(root =>
        {
            root["Gateway"]!["Storage"]!["EncryptionKey"] = "";
            root["Gateway"]!["Region"]!["Gemeenten"]![0]!["BackOffice"]!["ApiKey"] = "short";
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Storage:EncryptionKey", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Contains("Gateway:Region:Gemeenten:0:BackOffice:ApiKey", StringComparison.Ordinal), run.Error);
    }

    [Fact]
    public void Run_MissingConfigFile_Exit2NamingIt()
    {
        var run = GatewayCli.Run("run", "--config", Path.Combine(_directory, "nope.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.json", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string Write(Action<JsonNode> change)
    {
        Directory.CreateDirectory(_directory);
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.Sample("region", "appsettings.json")))!;
        root["Gateway"]!["Messages"]!["SchemaRoot"] = RepoPaths.Schemas;
        root["Gateway"]!["Http"]!["Urls"] = "http://127.0.0.1:0";
        root["Gateway"]!["Logging"]!["ConsoleLevel"] = "Fatal";
        change(root);
        var path = Path.Combine(_directory, "gateway.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
