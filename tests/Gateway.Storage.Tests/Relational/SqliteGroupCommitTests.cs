using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Relational;

/// <summary>Group commit on a SQLite file.</summary>
public sealed class SqliteGroupCommitTests : GroupCommitContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
