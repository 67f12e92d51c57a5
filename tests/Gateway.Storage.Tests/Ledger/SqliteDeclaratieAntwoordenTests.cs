using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>Ceiling usage and held 325s on a SQLite file.</summary>
public sealed class SqliteDeclaratieAntwoordenTests : DeclaratieAntwoordenContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
