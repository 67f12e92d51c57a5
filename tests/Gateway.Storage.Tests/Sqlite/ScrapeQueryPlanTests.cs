using Gateway.Storage.Ledger;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>
/// A metrics scrape costs no table scan: on a real store of 100,000 messages (with their deliveries, retourcodes and
/// events) every statement the scrape runs is planned as primary-key or index searches. Checked on the plans, not
/// on a stopwatch; the time is measured in bench/ (Gateway.Bench --scrape).
/// </summary>
public sealed class ScrapeQueryPlanTests : IDisposable
{
    private const int Messages = 100_000;

    // Bounded by configuration (one row per ceiling, year and threshold), never by traffic: reading them whole is fine.
    private static readonly string[] ConfigurationTables = ["ceiling_usage", "ceiling_threshold"];

    private readonly string _directory = Directory.CreateTempSubdirectory("scrape-plan-").FullName;

    [Fact]
    public async Task ScrapeStatements_OnHundredThousandMessages_NoTableScan()
    {
        var time = new FakeTimeProvider();
        await using var store = new SqliteMessageStore(Some.Options(Path.Combine(_directory, "gateway.db")), time);
        await store.MigrateAsync();
        await FillAsync(Path.Combine(_directory, "gateway.db"));

        var gauges = await store.ReadGaugesAsync();
        Assert.Equal(Messages, gauges.MessagesByState.Values.Sum());
        Assert.Equal(Messages, gauges.Deliveries.Sum(d => d.Count));
        Assert.Equal(Messages, gauges.MessagesByRetourCode["0200"]);
        Assert.NotNull(gauges.OldestOpenAge);

        string[] statements = [.. SqliteMessageStore.GaugeStatements, RelationalDeclaratieAntwoorden.ListHeldSql, RelationalDeclaratieAntwoorden.ListCeilingUsageSql];
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "gateway.db")};Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            var plan = await QueryPlans.PlanAsync(connection, sql);
            Assert.NotEmpty(plan);
            Assert.True(!plan.Any(step => QueryPlans.ScansATable(step, plan, ConfigurationTables)), $"'{sql}' scans a table: {string.Join(" | ", plan)}");
        }
    }

    [Fact]
    public async Task Tally_FollowsInsertsUpdatesAndCascadedDeletes()
    {
        var time = new FakeTimeProvider();
        var path = Path.Combine(_directory, "tally.db");
        await using var store = new SqliteMessageStore(Some.Options(path), time);
        await store.MigrateAsync();
        await FillAsync(path, 30);
        await ExecuteAsync(path, "UPDATE delivery SET state = 'Delivered' WHERE state = 'Pending'; DELETE FROM message WHERE id <= 10;");

        var gauges = await store.ReadGaugesAsync();

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(await CountAsync(connection, "SELECT COUNT(*) FROM message"), gauges.MessagesByState.Values.Sum());
        Assert.Equal(20, gauges.Deliveries.Sum(d => d.Count));
        Assert.Equal(0, gauges.Deliveries.Where(d => d.State == "Pending").Sum(d => d.Count));
        Assert.Equal(await CountAsync(connection, "SELECT COUNT(*) FROM delivery WHERE state = 'DeadLettered'"), gauges.Deliveries.Where(d => d.State == "DeadLettered").Sum(d => d.Count));
        Assert.Equal(20, gauges.MessagesByRetourCode["0200"]);
    }

    [Fact]
    public async Task TallyCompaction_SameGauges_OneRowPerLabelSet()
    {
        var path = Path.Combine(_directory, "compact.db");
        await using var store = new SqliteMessageStore(Some.Options(path), new FakeTimeProvider());
        await store.MigrateAsync();
        await FillAsync(path, 30);
        await ExecuteAsync(path, "UPDATE delivery SET state = 'Delivered' WHERE state = 'Pending'; DELETE FROM message WHERE id <= 10;");
        var before = await store.ReadGaugesAsync();

        await store.CompactTallyAsync();
        var after = await store.ReadGaugesAsync();

        Assert.Equal(before.Deliveries.Select(d => (d.State, d.Destination, d.Count)).Order(), after.Deliveries.Select(d => (d.State, d.Destination, d.Count)).Order());
        Assert.Equal(before.MessagesByState.OrderBy(p => p.Key, StringComparer.Ordinal), after.MessagesByState.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(before.MessagesByRetourCode.OrderBy(p => p.Key, StringComparer.Ordinal), after.MessagesByRetourCode.OrderBy(p => p.Key, StringComparer.Ordinal));
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(await CountAsync(connection, "SELECT COUNT(*) FROM (SELECT DISTINCT kind, k1, k2 FROM store_tally_delta)"), await CountAsync(connection, "SELECT COUNT(*) FROM store_tally_delta"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Bulk rows in one transaction, as the pipeline would leave them: a message, its delivery (pending, delivered or dead-lettered), its retourcode and two events.</summary>
    private static Task FillAsync(string path, int count = Messages) => ExecuteAsync(path, $"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
        INSERT INTO message (id, direction, kind, state, standard, code, created_at, updated_at) SELECT i, 'Inbound', 'Heen', CASE i % 3 WHEN 0 THEN 'Routed' ELSE 'Answered' END, 'jw', 315, 1700000000000 + i, 1700000000000 + i FROM n;
        INSERT INTO delivery (message_id, destination, state, next_attempt_at, created_at, horizon_started_at)
            SELECT id, CASE id % 2 WHEN 0 THEN 'hub' ELSE 'backoffice:0363' END, CASE id % 3 WHEN 0 THEN 'Pending' WHEN 1 THEN 'Delivered' ELSE 'DeadLettered' END, created_at, created_at, created_at FROM message;
        INSERT INTO message_retour_code (retour_code, message_id) SELECT '0200', id FROM message;
        INSERT INTO message_event (message_id, at, type) SELECT id, created_at, 'MessageReceived' FROM message;
        INSERT INTO message_event (message_id, at, type) SELECT id, created_at, 'MessageAccepted' FROM message;
        """);

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON;";
        await command.ExecuteNonQueryAsync();
        await using var tx = connection.BeginTransaction();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
