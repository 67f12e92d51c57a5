using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Relational;

/// <summary>A unit's kept reads on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresUnitReadsTests : UnitReadsContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
