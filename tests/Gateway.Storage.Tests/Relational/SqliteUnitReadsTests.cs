using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Relational;

/// <summary>A unit's kept reads on a SQLite file.</summary>
public sealed class SqliteUnitReadsTests : UnitReadsContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
