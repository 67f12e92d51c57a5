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
}
