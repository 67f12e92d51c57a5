using Gateway.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Gateway.Storage.Tests.Relational;

/// <summary>Statements per message on a SQLite file.</summary>
public sealed class SqliteStatementCountTests(ITestOutputHelper output) : StatementCountContractTests(output)
{
    private protected override IReadOnlyDictionary<string, (int Statements, int Commands)> Bounds { get; } = new Dictionary<string, (int, int)>
    {
        ["301"] = (18, 13), // before: 25 in 21
        ["305"] = (25, 18), // before: 44 in 40
        ["307"] = (22, 16), // before: 42 in 38
        ["315"] = (22, 17), // before: 32 in 28
        ["317"] = (25, 20), // before: 44 in 40
        ["323"] = (54, 30), // before: 147 in 143
    };

    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
