using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Standards;
using Gateway.Routing.Delivery;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Metrics;

/// <summary>/metrics over real loopback HTTP on a real SQLite store: counters are counted in the process and never go down when retention deletes the events they were counted from.</summary>
public sealed partial class MetricsCounterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task RetentionSweep_DeletesOldMessages_NoTotalSeriesDecreases()
    {
        await using var env = await RunningGateway.StartAsync();
        foreach (var code in new[] { MessageCode.Start, MessageCode.Stop })
        {
            var sent = await env.Simulator.Provider.SendBerichtAsync(await Allocations.CoherentAsync(env, code, "0599"));
            Assert.Equal("Bv03", sent.Reply);
        }

        Assert.True(await env.WaitForEmptyQueueAsync(Patience));
        var before = Series(await env.Http.GetStringAsync("metrics"));
        Assert.True(before.GetValueOrDefault("gateway_messages_total{event=\"received\"}") >= 2, "two messages were received before the sweep");
        Assert.Contains(before.Keys, k => k.StartsWith("gateway_deliveries_total{result=\"ok\"}", StringComparison.Ordinal));
        var storedBefore = StoredMessages(before);

        // Make every stored message older than any retention term, then sweep as the retention job does.
        await AgeAllMessagesAsync(env.DatabasePath, TimeSpan.FromDays(4000));
        var swept = await env.Services.GetRequiredService<DeliveryDispatcher>().SweepRetentionAsync();
        Assert.True(swept.MessagesDeleted > 0, "the sweep deleted messages (and with them their events)");

        var after = Series(await env.Http.GetStringAsync("metrics"));
        Assert.True(StoredMessages(after) < storedBefore, "the stored-messages gauge went down with the sweep");
        // The gateway's own counters; the runtime's *_total up-down counters (thread-pool queue length) may go down.
        var totals = before.Where(s => s.Key.StartsWith("gateway_", StringComparison.Ordinal) && s.Key.Split('{')[0].EndsWith("_total", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(totals);
        Assert.All(totals, s =>
        {
            Assert.True(after.ContainsKey(s.Key), $"{s.Key} disappeared after the sweep");
            Assert.True(after[s.Key] >= s.Value, $"{s.Key} went down from {s.Value} to {after[s.Key]}");
        });
    }

    /// <summary>
    /// Every sample line of the Prometheus text: series (name and labels) to value, without the exporter's
    /// <c>otel_scope_name</c> label (the meter's name, the same on every line of one meter).
    /// </summary>
    internal static Dictionary<string, double> Series(string text)
    {
        var series = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match m in SampleLine().Matches(text))
        {
            var key = ScopeLabel().Replace(m.Groups["series"].Value, "").Replace("{}", "", StringComparison.Ordinal);
            series[key] = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        return series;
    }

    private static double StoredMessages(Dictionary<string, double> series) =>
        series.Where(s => s.Key.StartsWith("gateway_messages{", StringComparison.Ordinal)).Sum(s => s.Value);

    private static async Task AgeAllMessagesAsync(string databasePath, TimeSpan age)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; UPDATE message SET created_at = created_at - $age";
        command.Parameters.AddWithValue("$age", (long)age.TotalMilliseconds);
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }

    [GeneratedRegex(@"otel_scope_name=""[^""]*"",?")]
    private static partial Regex ScopeLabel();

    [GeneratedRegex(@"^(?<series>[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?) (?<value>[-+0-9.eE]+|NaN|[+-]Inf)( \d+)?$", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
