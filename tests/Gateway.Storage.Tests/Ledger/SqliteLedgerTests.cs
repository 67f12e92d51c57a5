using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>The ledger on a SQLite file.</summary>
public sealed class SqliteLedgerTests : LedgerContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
