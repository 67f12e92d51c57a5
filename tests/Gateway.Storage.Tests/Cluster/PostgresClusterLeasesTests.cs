using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Cluster;

/// <summary>The cluster leases on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresClusterLeasesTests : ClusterLeasesContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
