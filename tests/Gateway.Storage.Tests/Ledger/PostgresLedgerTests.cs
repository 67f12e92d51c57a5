using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>The ledger on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresLedgerTests : LedgerContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
