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
    public void Run_SampleKeys_Exit2NamingEachKeyToChange()
    {
        var config = Write(root => { }, keepSampleKeys: true);

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        string[] keys =
        [
            "Gateway:Operators:Accounts:0:ApiKey",
            "Gateway:Operators:Accounts:1:ApiKey",
            "Gateway:Region:Gemeenten:0:BackOffice:ApiKey",
            "Gateway:Region:Gemeenten:1:BackOffice:ApiKey",
            "Gateway:Region:Gemeenten:2:BackOffice:ApiKey",
        ];
        foreach (var key in keys)
        {
            Assert.True(run.Error.Contains($"  - {key} holds a sample key", StringComparison.Ordinal), $"{key} not named: {run.Error}");
        }

        // The keys are public, but a refusal never echoes a configured value.
        Assert.DoesNotContain("operator-region-key-change-me", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReplacePlaceholders_Exit2NamingEach()
    {
        var config = Write(root =>
        {
            root["Gateway"]!["Storage"]!["EncryptionKey"] = "REPLACE: openssl rand -base64 32";
            root["Gateway"]!["Storage"]!["BsnHashKey"] = "REPLACE: openssl rand -base64 32";
            root["Gateway"]!["Operators"]!["Accounts"]![0]!["ApiKey"] = "REPLACE: a long random key";
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Storage:EncryptionKey still holds the placeholder", run.Error, StringComparison.Ordinal);
        Assert.Contains("Gateway:Storage:BsnHashKey still holds the placeholder", run.Error, StringComparison.Ordinal);
        Assert.Contains("Gateway:Operators:Accounts:0:ApiKey still holds the placeholder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SampleKeysWithAllowSampleKeys_NotRefusedForThem()
    {
        var config = Write(
            root =>
            {
                root["Gateway"]!["AllowSampleKeys"] = true;
                root["Gateway"]!["Contracts"]!["ContractsFile"] = "no-such-contracts.json";
            },
            keepSampleKeys: true);

        var run = GatewayCli.Run("run", "--config", config);

        // Stopped by the other setting only: the demo's switch lets the sample keys pass.
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Contracts:ContractsFile", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sample key", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ProtectDiagnosticsWithoutOperators_Exit2NamingBothKeys()
    {
        var config = Write(root =>
        {
            root["Gateway"]!["Http"]!["ProtectDiagnostics"] = true;
            root["Gateway"]!["Operators"]!["Accounts"] = new JsonArray();
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Http:ProtectDiagnostics is true but Gateway:Operators:Accounts is empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StoreFolderThatIsAFile_Exit2NamingDatabasePath()
    {
        var config = Write(root => root["Gateway"]!["Storage"]!["DatabasePath"] = "not-a-folder/gateway.db");
        File.WriteAllText(Path.Combine(_directory, "not-a-folder"), "");

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gateway:Storage:DatabasePath", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PostgresWithAConnectionStringThatIsNotOne_Exit2OneLineNamingTheKey()
    {
        var config = Write(root =>
        {
            root["Gateway"]!["Storage"]!["Provider"] = "Postgres";
            root["Gateway"]!["Storage"]!["ConnectionString"] = "Host=db;Port=five-four-three-two;Password=hunter2-secret";
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("Gateway:Storage:ConnectionString", StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2-secret", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PostgresWhereNoServerListens_Exit2NamingTheKey()
    {
        var port = RunningGateway.FreePort();
        var config = Write(root =>
        {
            root["Gateway"]!["Storage"]!["Provider"] = "Postgres";
            root["Gateway"]!["Storage"]!["ConnectionString"] = $"Host=127.0.0.1;Port={port};Database=gateway;Username=gateway;Password=hunter2-secret";
            root["Gateway"]!["Storage"]!["EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            root["Gateway"]!["Storage"]!["BsnHashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        });

        var run = GatewayCli.Run("run", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("Gateway:Storage:ConnectionString", StringComparison.Ordinal) && line.Contains($"127.0.0.1:{port}", StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2-secret", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
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

    private string Write(Action<JsonNode> change, bool keepSampleKeys = false) => SampleConfig.Write(_directory, change, keepSampleKeys);
}
