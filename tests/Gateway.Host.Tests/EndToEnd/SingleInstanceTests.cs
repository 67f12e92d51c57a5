using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Routing.Store;
using Gateway.Storage;
using Gateway.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// One serving process per SQLite store, with real processes, loopback HTTP and a real store file: a second `gateway
/// run` is refused (exit 2, one line naming the store), the operator verbs still work beside the running one, a
/// SIGKILLed run never blocks the restart, and the leases a dead run held come back at the start.
/// </summary>
public sealed class SingleInstanceTests
{
    [Fact]
    public async Task Run_SecondInstanceOnTheSameStore_Exit2WithOneLineNamingTheStore()
    {
        await using var env = await RunningGateway.StartAsync();

        var (code, _, error) = await GatewayProcess.RunToExitAsync(env.ConfigPath);

        Assert.True(code == 2, $"exit {code}: {error}");
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"gateway: the store {env.DatabasePath} is already served by another gateway process", line, StringComparison.Ordinal);
        Assert.Contains(env.DatabasePath + SqliteInstanceLock.Suffix, line, StringComparison.Ordinal);

        // The first instance serves on, and the short-lived operator verbs read the same store beside it.
        using (var live = await env.Http.GetAsync("health/ready"))
        {
            Assert.True(live.IsSuccessStatusCode);
        }

        var queue = GatewayCli.Run("queue", "list", "--config", env.ConfigPath, "--json");
        Assert.True(queue.ExitCode == 0, queue.Error);
    }

    [Fact]
    public async Task Run_AfterTheFirstWasSigkilled_RestartsAtOnce()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        using (var first = GatewayProcess.Start(env.ConfigPath, RunningGateway.FastRetries()))
        {
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, TimeSpan.FromMinutes(3)), "the gateway process did not become ready");
            Assert.True(File.Exists(env.DatabasePath + SqliteInstanceLock.Suffix));
            await first.KillAsync();
        }

        // The lock file is still there; the lock died with the process.
        await env.StartGatewayAsync();

        using var ready = await env.Http.GetAsync("health/ready");
        Assert.True(ready.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Start_LeasesADeadRunStillHeld_ReleasedAtOnceNotAfterTheLease()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var held = new List<(long MessageId, long DeliveryId)>();
        await using (var store = OpenStore(env.ConfigPath))
        {
            await store.MigrateAsync();
            for (var i = 0; i < 3; i++)
            {
                await using var tx = await store.BeginAsync();
                var id = await tx.InsertMessageAsync(new NewMessage
                {
                    Direction = MessageDirection.Outbound,
                    Kind = MessageKind.Heen,
                    State = MessageState.Submitted,
                    Payload = Encoding.UTF8.GetBytes($"<not-an-istandaard n=\"{i}\"/>"),
                });
                held.Add((id, await tx.EnqueueDeliveryAsync(id, DeliveryDestination.BackOffice("0518"))));
                await tx.CommitAsync();
            }

            // A run that died mid-send: its leases would hold for an hour.
            Assert.Equal(3, (await store.ClaimDueAsync("dead-host:1:cafebabe", 10, TimeSpan.FromHours(1))).Count);
        }

        SqliteConnection.ClearAllPools();
        await env.StartGatewayAsync();

        foreach (var (messageId, deliveryId) in held)
        {
            var details = await env.Store.GetDeliveryAsync(deliveryId);
            var first = details!.Attempts[0];
            Assert.Equal((1, DeliveryAttemptOutcome.Abandoned, "dead-host:1:cafebabe"), (first.Attempt, first.Outcome, first.LeaseOwner));
            Assert.NotEqual("dead-host:1:cafebabe", details.Delivery.LeaseOwner);
            Assert.Single(await env.Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.LeaseReleasedAtStart);
        }
    }

    private static SqliteMessageStore OpenStore(string configPath)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(configPath).Build();
        var options = configuration.GetSection("Gateway:Storage").Get<StorageOptions>()!;
        return new SqliteMessageStore(options, TimeProvider.System);
    }
}
