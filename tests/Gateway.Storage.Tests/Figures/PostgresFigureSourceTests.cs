using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Figures;

/// <summary>The figures' facts on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresFigureSourceTests : FigureSourceContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
