using Gateway.Storage.Figures;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Figures;

/// <summary>The figures' facts on a SQLite file, and the query plans of their reads there.</summary>
public sealed class SqliteFigureSourceTests : FigureSourceContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());

    [Fact]
    public async Task Reads_OnTheirPeriodIndexes_NoTableScan()
    {
        await using var connection = new SqliteConnection($"Data Source={Database.Options.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        connection.CreateFunction<long, byte[]?, byte[]?>(RelationalMessageStore.KeyedHashCurrentFunction, (_, hash) => hash);
        foreach (var gemeenten in new[] { 0, 2 })
        {
            string[] statements =
            [
                RelationalFigureSource.ToewijzingenSql(gemeenten), RelationalFigureSource.StartsSql(gemeenten), RelationalFigureSource.StopsSql(gemeenten),
                RelationalFigureSource.VerzoekenSql(gemeenten, rotationPending: false), RelationalFigureSource.PrestatiesSql(gemeenten),
            ];
            foreach (var sql in statements)
            {
                var plan = await QueryPlans.PlanAsync(connection, sql);
                Assert.True(!plan.Any(step => QueryPlans.ScansATable(step, plan)), $"'{sql}' scans a table: {string.Join(" | ", plan)}");
            }
        }
    }
}
