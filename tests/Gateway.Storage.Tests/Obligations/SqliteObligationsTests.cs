using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Obligations;

/// <summary>The obligations on a SQLite file.</summary>
public sealed class SqliteObligationsTests : ObligationsContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
