using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.KeyRotation;

/// <summary>Payload-key rotation on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresKeyRotationTests : KeyRotationContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
