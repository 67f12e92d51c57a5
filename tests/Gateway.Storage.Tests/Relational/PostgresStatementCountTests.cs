using Gateway.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Gateway.Storage.Tests.Relational;

/// <summary>Statements per message on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresStatementCountTests(ITestOutputHelper output) : StatementCountContractTests(output)
{
    private protected override IReadOnlyDictionary<string, (int Statements, int Commands)> Bounds { get; } = new Dictionary<string, (int, int)>
    {
        ["301"] = (1000, 1000),
        ["305"] = (1000, 1000),
        ["307"] = (1000, 1000),
        ["315"] = (1000, 1000),
        ["317"] = (1000, 1000),
        ["323"] = (1000, 1000),
    };

    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();
}
