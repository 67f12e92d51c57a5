using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Routing.Cluster;
using Gateway.Storage;
using Gateway.Storage.Cluster;
using Gateway.Storage.Postgres;
using Gateway.Testing.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Host.Tests.Cli;

/// <summary>`gateway cluster sweeps` on a PostgreSQL store that two instances shared, their lease history written as they would.</summary>
public sealed class ClusterCommandTests : IDisposable
{
    // GatewayCli's clock; the instances worked an hour before it.
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-cluster-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task ClusterSweeps_SharedPostgresStore_ListsHoldersAndRunsFinishedRunningOrDeadAtLeaseEnd()
    {
        var server = await PostgresServer.SharedAsync();
        var connectionString = await server.CreateDatabaseAsync("clustercli");
        var config = SampleConfig.Write(_directory, root =>
        {
            root["Gateway"]!["Storage"]!["Provider"] = "Postgres";
            root["Gateway"]!["Storage"]!["ConnectionString"] = connectionString;
            SampleConfig.OwnKeys(root);
        });
        await WriteHistoryAsync(config, connectionString);

        var json = GatewayCli.Run("cluster", "sweeps", "--config", config, "--json");
        var table = GatewayCli.Run("cluster", "sweeps", "--config", config, "--lang", "en");
        var dutch = GatewayCli.Run("cluster", "sweeps", "--config", config, "--lang", "nl");

        Assert.Equal(0, json.ExitCode);
        var root = JsonDocument.Parse(json.Out).RootElement;
        var leases = root.GetProperty("leases").EnumerateArray().ToDictionary(l => l.GetProperty("sweep").GetString()!, l => (Owner: l.GetProperty("owner").GetString(), State: l.GetProperty("state").GetString()));
        Assert.Equal(("gateway-b#run2", "held"), leases["outbox-pickup"]);
        Assert.Equal(("gateway-a#run1", "expired"), leases["retention"]);
        var runs = root.GetProperty("runs").EnumerateArray().Select(r => (Sweep: r.GetProperty("sweep").GetString(), Ended: r.GetProperty("ended").GetString(), Outcome: r.TryGetProperty("outcome", out var o) ? o.GetString() : null)).ToList();
        Assert.Equal([("outbox-pickup", "running", null), ("lease-release", "dead at lease end", null), ("retention", "finished", "done")], runs);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("dead at lease end 2026-11-22T08:00:30Z", table.Out, StringComparison.Ordinal);
        Assert.Single(table.OutLines, l => l.Contains("retention", StringComparison.Ordinal) && l.Contains("gateway-a#run1", StringComparison.Ordinal) && l.EndsWith("done", StringComparison.Ordinal));
        Assert.Equal(0, dutch.ExitCode);
        Assert.Contains("gestorven bij einde lease 2026-11-22T08:00:30Z", dutch.Out, StringComparison.Ordinal);
        Assert.Single(dutch.OutLines, l => l.StartsWith("TAAK ", StringComparison.Ordinal) && l.Contains("VASTGEHOUDEN TOT", StringComparison.Ordinal));
        Assert.Single(dutch.OutLines, l => l.Contains("outbox-pickup", StringComparison.Ordinal) && l.EndsWith("vastgehouden", StringComparison.Ordinal));
        Assert.DoesNotContain("Lease holders", dutch.Out, StringComparison.Ordinal);

        var limited = GatewayCli.Run("cluster", "sweeps", "--config", config, "--json", "--limit", "1");
        Assert.Single(JsonDocument.Parse(limited.Out).RootElement.GetProperty("runs").EnumerateArray());
        var wrong = GatewayCli.Run("cluster", "sweeps", "--config", config, "--limit", "0");
        Assert.Equal(2, wrong.ExitCode);
        Assert.DoesNotContain("   at ", wrong.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>
    /// At 08:00 instance A ran the retention sweep to its end; B began the lease release and was killed (its run stays
    /// open, its lease ran out at 08:00:30); at 08:59 B took the outbox pickup under a long lease and is still running it.
    /// </summary>
    private static async Task WriteHistoryAsync(string configPath, string connectionString)
    {
        var options = new ConfigurationBuilder().AddJsonFile(configPath).Build().GetSection("Gateway:Storage").Get<StorageOptions>()!;
        options.ConnectionString = connectionString;
        var time = new FakeTimeProvider(Now.AddHours(-1));
        await using var store = new PostgresMessageStore(options, time);
        await store.MigrateAsync();
        var leases = new RelationalClusterLeases(store);

        Assert.True(await leases.TryHoldAsync("retention", "gateway-a#run1", Lease));
        var done = await leases.StartRunAsync("retention", "gateway-a#run1", time.GetUtcNow() + Lease);
        await leases.FinishRunAsync(done, SweepRunOutcomes.Done, TimeSpan.FromDays(1));
        Assert.True(await leases.TryHoldAsync("lease-release", "gateway-b#run1", Lease));
        await leases.StartRunAsync("lease-release", "gateway-b#run1", time.GetUtcNow() + Lease);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.True(await leases.TryHoldAsync("outbox-pickup", "gateway-b#run2", TimeSpan.FromHours(1)));
        await leases.StartRunAsync("outbox-pickup", "gateway-b#run2", time.GetUtcNow() + TimeSpan.FromHours(1));
    }
}
