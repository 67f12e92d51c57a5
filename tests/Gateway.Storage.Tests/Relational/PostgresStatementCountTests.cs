using Gateway.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Gateway.Storage.Tests.Relational;

/// <summary>Statements per message on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresStatementCountTests(ITestOutputHelper output) : StatementCountContractTests(output)
{
    private protected override IReadOnlyDictionary<string, (int Statements, int Commands)> Bounds { get; } = new Dictionary<string, (int, int)>
    {
        ["301"] = (18, 11), // before: 21 in 19
        ["305"] = (26, 16), // before: 45 in 42
        ["307"] = (23, 14), // before: 45 in 42
        ["315"] = (23, 15), // before: 30 in 27
        ["317"] = (26, 18), // before: 52 in 49
        ["323"] = (54, 27), // before: 144 in 141
    };

    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
