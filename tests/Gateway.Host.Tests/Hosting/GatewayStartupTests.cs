using System.Text.Json;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Hosting;

public sealed class GatewayStartupTests
{
    [Fact]
    public async Task Start_BeforeAnyMessage_LogsTheSchemaPacksAndBothPipelineOrders()
    {
        string log;
        await using (var env = await RunningGateway.StartAsync())
        {
            await env.StopGatewayAsync();
            log = string.Join(Environment.NewLine, Directory.GetFiles(env.LogDirectory).Select(File.ReadAllText));
        }

        Assert.Contains("Schema packs loaded from", log, StringComparison.Ordinal);
        Assert.Contains("ijw 3.2 (14 messages)", log, StringComparison.Ordinal);
        Assert.Contains("iwmo 3.2 (14 messages)", log, StringComparison.Ordinal);
        var inbound = log.IndexOf("pipeline runs: ClassifyMessage", StringComparison.Ordinal);
        Assert.True(inbound >= 0, "the inbound pipeline's order is not in the log");
        Assert.Equal(2, CountOf(log, "pipeline runs:"));
        Assert.Contains("CheckLedger", log[inbound..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheSampleRegion_LogsTheActiveRuleSetsAndTheLoadedRegionFiles()
    {
        string log;
        await using (var env = await RunningGateway.StartAsync())
        {
            await env.StopGatewayAsync();
            log = string.Join(Environment.NewLine, Directory.GetFiles(env.LogDirectory).Select(File.ReadAllText));
        }

        Assert.Matches(@"Level-3/4 rules active: 55 level-3 \(ledger\), 7 level-4 \(CT01 CT02 CT03 TR135 TR378 TR381 TR418\)", log);
        Assert.Contains("contracts.json: 32 contracts (21 inspanningsgericht, 8 outputgericht, 3 taakgericht), 4 ceilings (2 warn, 2 hold)", log, StringComparison.Ordinal);
        Assert.Matches(@"Loaded reference data .*reference: \d+ gemeentecodes, 3 product code lists", log);
    }

    [Fact]
    public async Task HealthReady_ShowsTheRegionFilesAndAFailedReload()
    {
        await using var env = await RunningGateway.StartAsync(new Dictionary<string, string?> { ["Gateway:Contracts:CheckInterval"] = "00:00:00" });
        var contracts = Path.Combine(env.Directory, "contracts.json");
        File.Copy(RepoPaths.Sample("region", "contracts.json"), contracts);
        await env.StopGatewayAsync();
        env.Override("Gateway:Contracts:ContractsFile", contracts);
        await env.StartGatewayAsync();

        var ready = JsonDocument.Parse(await env.Http.GetStringAsync("health/ready")).RootElement;
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        var files = ready.GetProperty("regionFiles").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.False(f.GetProperty("stale").GetBoolean()));

        // A broken edit: the gateway keeps the previous register and says why on the next use of the file.
        File.WriteAllText(contracts, File.ReadAllText(contracts).Replace("\"variant\": \"outputgericht\"", "\"variant\": \"resultaatgericht\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(contracts, DateTime.UtcNow.AddSeconds(5));
        await env.SubmitAsync("0363", Some.BackOfficeDocuments().Toewijzing("0363", Some.Agb(env.Simulator), Some.Client(env.Simulator, "0363").Bsn));

        ready = JsonDocument.Parse(await env.Http.GetStringAsync("health/ready")).RootElement;
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        var register = Assert.Single(ready.GetProperty("regionFiles").EnumerateArray(), f => f.GetProperty("name").GetString()!.StartsWith("contract register", StringComparison.Ordinal));
        Assert.True(register.GetProperty("stale").GetBoolean());
        Assert.Contains("resultaatgericht", register.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, register.GetProperty("generation").GetInt32());
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
