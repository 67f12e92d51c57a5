using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>Ceiling usage and held 325s on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresDeclaratieAntwoordenTests : DeclaratieAntwoordenContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
