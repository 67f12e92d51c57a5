using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.KeyRotation;

/// <summary>Payload-key rotation on a SQLite file.</summary>
public sealed class SqliteKeyRotationTests : KeyRotationContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
