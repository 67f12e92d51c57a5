using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Cluster;

/// <summary>The cluster leases on a SQLite file (the gateway holds them trivially there, but the table behaves the same).</summary>
public sealed class SqliteClusterLeasesTests : ClusterLeasesContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
