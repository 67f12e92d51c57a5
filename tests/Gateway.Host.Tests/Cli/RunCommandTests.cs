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
    public void Run_ContractsPathsThatDoNotExist_Exit2NamingBothKeys()
    {
        var config = Write(root =>
        {
            root["Gateway"]!["Contracts"]!["ReferencePath"] = "no-such-reference";
            root["Gateway"]!["Contracts"]!["ContractsFile"] = "no-such-contracts.json";
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Contracts:ReferencePath", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Contains("Gateway:Contracts:ContractsFile", StringComparison.Ordinal), run.Error);
        Assert.Contains(Path.Combine(_directory, "no-such-contracts.json"), run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ContractRegisterWithABadEntry_Exit2NamingFileLineAndEntry()
    {
        Directory.CreateDirectory(_directory);
        var contracts = Path.Combine(_directory, "contracts.json");
        File.WriteAllText(contracts, File.ReadAllText(RepoPaths.Sample("region", "contracts.json")).Replace("\"eenheid\": \"82\"", "\"eenheid\": \"04\"", StringComparison.Ordinal));
        var config = Write(root =>
        {
            root["Gateway"]!["Storage"]!["EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            root["Gateway"]!["Storage"]!["BsnHashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            root["Gateway"]!["Contracts"]!["ContractsFile"] = "contracts.json";
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"contracts\.json line \d+ contracten\[\d+\] \(id WMO-0363-002\): eenheid 04 does not fit outputgericht", run.Error);
    }

    [Fact]
    public void Run_BadSenderMap_Exit2NamingEachKey()
    {
        var config = Write(root =>
        {
            var senders = root["Gateway"]!["Trust"]!["Senders"]!.AsArray();
            senders[1]!["Agb"] = new JsonArray("1234");
            senders[2]!["Certificates"] = new JsonArray("not-a-thumbprint");
            senders[3]!["Organisatie"] = "12345678";
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Trust:Senders:1:Agb:0 is not an AGB code", run.Error, StringComparison.Ordinal);
        Assert.Contains("Gateway:Trust:Senders:2:Certificates:0 is neither a thumbprint", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Contains("Gateway:Trust:Senders:3:Organisatie 12345678 is also Gateway:Trust:Senders:1", StringComparison.Ordinal), run.Error);
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
        root["Gateway"]!["Contracts"]!["ReferencePath"] = RepoPaths.Sample("region", "reference");
        root["Gateway"]!["Contracts"]!["ContractsFile"] = RepoPaths.Sample("region", "contracts.json");
        change(root);
        var path = Path.Combine(_directory, "gateway.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
