using System.Globalization;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Routing.Figures;
using Microsoft.Data.Sqlite;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// `gateway report` over the store a demo run left: the granted total of `report declaraties` is the ledger's sum of
/// granted prestaties (status approved, debit minus credit), and `report plafonds`' usage per ceiling and year is the
/// ceiling usage the gateway kept while it granted.
/// </summary>
public sealed class ReportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-report-demo-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Report_OverTheDemosStore_TotalsEqualTheLedger()
    {
        // Sized by rounds of traffic, not by the clock; at the end the providers declare all care not declared yet.
        var demo = await ProcessRun.StartAsync("dotnet", RepoPaths.Root, null, Path.Combine(AppContext.BaseDirectory, "gateway.dll"), "demo", "--rounds", "40", "--port", "0", "--clients", "60", "--exit", "--dir", _directory);
        Assert.True(demo.ExitCode == 0, demo.Text);
        var config = Path.Combine(_directory, "gateway.json");
        var ledger = await LedgerAsync(Path.Combine(_directory, "data", "gateway.db"));
        Assert.True(ledger.Granted > 0, "the demo granted nothing");
        Assert.Contains(ledger.CeilingUsage.Values, used => used > 0);

        var declaraties = GatewayCli.Run("report", "declaraties", "--config", config, "--from", ledger.First.ToString(), "--to", ledger.Last.ToString(), "--format", "json");
        Assert.True(declaraties.ExitCode == 0, declaraties.Error);
        var rows = JsonDocument.Parse(declaraties.Out).RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(ledger.Granted, rows.Sum(r => Amount(r, "toegekend_eurocent")));
        Assert.All(rows, r => Assert.Equal(Amount(r, "gedeclareerd_eurocent"), Amount(r, "toegekend_eurocent") + Amount(r, "afgewezen_eurocent") + Amount(r, "aangehouden_eurocent")));

        var years = ledger.CeilingUsage.Keys.Select(k => k.Jaar).ToList();
        var plafonds = GatewayCli.Run("report", "plafonds", "--config", config, "--from", $"{years.Min()}-01", "--to", $"{years.Max()}-12", "--format", "json");
        Assert.True(plafonds.ExitCode == 0, plafonds.Error);
        var usage = JsonDocument.Parse(plafonds.Out).RootElement.GetProperty("rows").EnumerateArray()
            .GroupBy(r => (r.GetProperty("plafond").GetString()!, long.Parse(r.GetProperty("jaar").GetString()!, CultureInfo.InvariantCulture)))
            .Select(g => (g.Key, Used: g.Sum(r => Amount(r, "gebruikt_eurocent"))))
            .Where(c => c.Used != 0)
            .ToDictionary(c => c.Key, c => c.Used);
        Assert.Equal(ledger.CeilingUsage.Where(c => c.Value != 0).OrderBy(c => c.Key).ToList(), usage.OrderBy(c => c.Key).ToList());
    }

    private static long Amount(JsonElement row, string key) =>
        row.GetProperty(key) is { ValueKind: JsonValueKind.Number } value ? value.GetInt64() : 0;

    /// <summary>The ledger's own figures, read from the store file as the gateway left it.</summary>
    private static async Task<(long Granted, Maand First, Maand Last, Dictionary<(string Plafond, long Jaar), long> CeilingUsage)> LedgerAsync(string database)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var granted = connection.CreateCommand();
        granted.CommandText = """
            SELECT COALESCE(SUM(CASE debet_credit WHEN 'D' THEN bedrag ELSE -bedrag END), 0), MIN(periode_begin), MAX(periode_begin)
            FROM ledger_prestatie WHERE status = 'approved'
            """;
        long total;
        Maand first, last;
        await using (var reader = await granted.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.False(reader.IsDBNull(1), "the ledger holds no granted prestatie");
            total = reader.GetInt64(0);
            first = Maand.Of(DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture));
            last = Maand.Of(DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await using var ceilings = connection.CreateCommand();
        ceilings.CommandText = "SELECT ceiling_id, jaar, used FROM ceiling_usage";
        var usage = new Dictionary<(string, long), long>();
        await using (var reader = await ceilings.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                usage[(reader.GetString(0), reader.GetInt64(1))] = reader.GetInt64(2);
            }
        }

        return (total, first, last, usage);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
