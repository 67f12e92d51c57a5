using Gateway.Routing.Store;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>The current state a metrics scrape shows, read by primary key and index searches only (no table scan).</summary>
public abstract partial class RelationalMessageStore
{
    /// <summary>Delta rows added since the last compaction beyond which a gauges read folds them first.</summary>
    internal const long TallyCompactionRows = 1000;

    /// <summary>The deliveries per state and destination (summed from <c>store_tally_delta</c>, kept by triggers).</summary>
    internal const string DeliveryTallySql = "SELECT k1, k2, CAST(SUM(n) AS BIGINT) FROM store_tally_delta WHERE kind = 'delivery' GROUP BY k1, k2";

    /// <summary>The stored messages per state.</summary>
    internal const string MessageTallySql = "SELECT k1, CAST(SUM(n) AS BIGINT) FROM store_tally_delta WHERE kind = 'message' GROUP BY k1";

    /// <summary>The stored messages per retourcode.</summary>
    internal const string RetourCodeTallySql = "SELECT k1, CAST(SUM(n) AS BIGINT) FROM store_tally_delta WHERE kind = 'retour_code' GROUP BY k1";

    /// <summary>The newest delta row (one step down the primary key).</summary>
    internal const string TallyNewestSql = "SELECT MAX(id) FROM store_tally_delta";

    private long _tallyCompactedUpTo = -1;

    /// <summary>The oldest open delivery: two index searches (one per open state), each reading one index entry.</summary>
    internal const string OldestOpenSql =
        "SELECT MIN(oldest) FROM (SELECT MIN(horizon_started_at) AS oldest FROM delivery WHERE state = 'Pending' UNION ALL SELECT MIN(horizon_started_at) FROM delivery WHERE state = 'Sending') AS o";

    /// <summary>Every statement <see cref="ReadGaugesAsync"/> runs, in order (the scrape's query plans are checked against these).</summary>
    internal static IReadOnlyList<string> GaugeStatements { get; } = [TallyNewestSql, DeliveryTallySql, MessageTallySql, RetourCodeTallySql, OldestOpenSql];

    /// <summary>
    /// Queue depth, oldest open delivery, messages per state and per retourcode, in one read transaction; first folds the
    /// tally's delta rows when many were added since the last time.
    /// </summary>
    public async Task<StoreGauges> ReadGaugesAsync(CancellationToken cancellationToken = default)
    {
        var newest = await ReadAsync(async connection => await ScalarAsync(connection, null, TallyNewestSql, cancellationToken), cancellationToken);
        if (newest - Interlocked.Read(ref _tallyCompactedUpTo) > TallyCompactionRows)
        {
            try
            {
                await CompactTallyAsync(cancellationToken);
            }
            catch (System.Data.Common.DbException)
            {
                // The sums are right without it (a full disk, a busy database): the next read tries again.
            }
        }

        return await ReadAsync(
            async connection =>
            {
                await using var snapshot = await BeginSnapshotAsync(connection, cancellationToken);
                await using var deliveries = Command(connection, snapshot, DeliveryTallySql);
                var depth = await ReadAllAsync(deliveries, r => new StoreDeliveryCount(r.GetString(0), r.GetString(1), r.GetInt64(2)), cancellationToken);
                await using var messages = Command(connection, snapshot, MessageTallySql);
                var byState = await ReadAllAsync(messages, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
                await using var codes = Command(connection, snapshot, RetourCodeTallySql);
                var byCode = await ReadAllAsync(codes, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
                await using var oldest = Command(connection, snapshot, OldestOpenSql);
                var oldestAt = await oldest.ExecuteScalarAsync(cancellationToken) is long ms ? FromMs(ms) : (DateTimeOffset?)null;
                return new StoreGauges(
                    depth,
                    byState.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal),
                    byCode.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal),
                    oldestAt is { } at ? Time.GetUtcNow() - at : null);
            },
            cancellationToken);
    }

    /// <summary>
    /// Folds the tally's delta rows into one row per label set (zeros kept, so a gauge that fell to zero still shows),
    /// in a short write of its own; the sums the gauges read stay the same.
    /// </summary>
    internal Task CompactTallyAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (connection, tx, _) =>
            {
                var max = await ScalarAsync(connection, tx, TallyNewestSql, cancellationToken);
                await using (var fold = Command(connection, tx, Dialect.CompactTallySql, ("@max", max)))
                {
                    await fold.ExecuteNonQueryAsync(cancellationToken);
                }

                var after = await ScalarAsync(connection, tx, TallyNewestSql, cancellationToken);
                InterlockedMax(ref _tallyCompactedUpTo, after);
                return after;
            },
            cancellationToken);

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, sql);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); seen < value; seen = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The write probe of readiness: rewrites the one heartbeat row in a committed <c>BEGIN IMMEDIATE</c> transaction, so a
    /// full disk, a read-only file or a lost lock shows as an error here and not first on a partner's message.
    /// </summary>
    public Task WriteHeartbeatAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (connection, tx, now) =>
            {
                await using var command = Command(connection, tx, "INSERT INTO store_heartbeat (id, at) VALUES (1, @now) ON CONFLICT (id) DO UPDATE SET at = @now", ("@now", now));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
}
