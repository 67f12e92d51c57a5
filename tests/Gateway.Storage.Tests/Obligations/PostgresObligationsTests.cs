using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Obligations;

/// <summary>The obligations on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresObligationsTests : ObligationsContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
