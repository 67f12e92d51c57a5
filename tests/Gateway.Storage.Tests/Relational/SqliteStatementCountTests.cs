using Gateway.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Gateway.Storage.Tests.Relational;

/// <summary>
/// Statements per message on a SQLite file. A command here is no round trip: statements that PostgreSQL gets in one
/// command run as commands of their own (<c>SqlDialect.OneStatementPerCommand</c>), so commands are pinned near statements.
/// </summary>
public sealed class SqliteStatementCountTests(ITestOutputHelper output) : StatementCountContractTests(output)
{
    private protected override IReadOnlyDictionary<string, (int Statements, int Commands)> Bounds { get; } = new Dictionary<string, (int, int)>
    {
        ["301"] = (17, 17), // before: 25 in 21
        ["305"] = (23, 22), // before: 44 in 40
        ["307"] = (20, 19), // before: 42 in 38
        ["315"] = (20, 20), // before: 32 in 28
        ["317"] = (23, 23), // before: 44 in 40
        ["323"] = (52, 52), // before: 147 in 143
    };

    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());
}
