using Gateway.Routing.Cluster;
using Gateway.Storage.Cluster;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Cluster;

/// <summary>The cluster leases on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresClusterLeasesTests : ClusterLeasesContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();

    [Fact]
    public async Task TryLockInstance_NameHeldByALiveSession_RefusedElsewhere_FreeOnceGivenUp()
    {
        await using var other = Database.Open(Time);
        var first = new RelationalClusterLeases(Store);
        var second = new RelationalClusterLeases(other);

        var held = await first.TryLockInstanceAsync("gateway-1");
        Assert.NotNull(held);
        Assert.Null(await second.TryLockInstanceAsync("gateway-1"));
        await using (var another = await second.TryLockInstanceAsync("gateway-2"))
        {
            Assert.NotNull(another);
        }

        await held.DisposeAsync();
        await using var taken = await second.TryLockInstanceAsync("gateway-1");
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task InstanceLock_ServerRestarted_RetakenByItsHolderOnANewSession_RefusedElsewhere()
    {
        await using var restart = await RestartingServer.StartAsync(Time);
        await using var held = await restart.First.TryLockInstanceAsync("gateway-1");
        Assert.NotNull(held);
        Assert.Equal(InstanceLockCheck.Held, await held.CheckAsync());

        await restart.Server.RestartAsync();

        Assert.Equal(InstanceLockCheck.Retaken, await CheckOnceReachableAsync(held));
        Assert.Equal(InstanceLockCheck.Held, await held.CheckAsync());
        Assert.Null(await restart.Second.TryLockInstanceAsync("gateway-1"));
    }

    [Fact]
    public async Task InstanceLock_NameTakenByAnotherWhileTheServerRestarted_HolderFindsItTaken_RetakesOnceFreed()
    {
        await using var restart = await RestartingServer.StartAsync(Time);
        await using var held = await restart.First.TryLockInstanceAsync("gateway-1");
        Assert.NotNull(held);

        await restart.Server.RestartAsync();
        var taker = await restart.Second.TryLockInstanceAsync("gateway-1");
        Assert.NotNull(taker);

        Assert.Equal(InstanceLockCheck.TakenByAnother, await CheckOnceReachableAsync(held));
        Assert.Equal(InstanceLockCheck.TakenByAnother, await held.CheckAsync());
        Assert.Equal(InstanceLockCheck.Held, await taker.CheckAsync());

        await taker.DisposeAsync();
        Assert.Equal(InstanceLockCheck.Retaken, await held.CheckAsync());
    }

    /// <summary>The first check that reaches the restarted server (bounded by a count of tries, not by a clock).</summary>
    private static async Task<InstanceLockCheck> CheckOnceReachableAsync(IInstanceLock held)
    {
        for (var tries = 0; ; tries++)
        {
            var check = await held.CheckAsync();
            if (check != InstanceLockCheck.Unreachable || tries == 100)
            {
                return check;
            }

            await Task.Delay(100);
        }
    }
}
