using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Relational;

/// <summary>Group commit on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresGroupCommitTests : GroupCommitContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
