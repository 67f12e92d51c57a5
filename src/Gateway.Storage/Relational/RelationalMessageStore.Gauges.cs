using Gateway.Routing.Store;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>The current state a metrics scrape shows, read by primary key and index searches only (no table scan).</summary>
public abstract partial class RelationalMessageStore
{
    /// <summary>The deliveries per state and destination (from <c>store_tally</c>, kept by triggers).</summary>
    internal const string DeliveryTallySql = "SELECT k1, k2, n FROM store_tally WHERE kind = 'delivery'";

    /// <summary>The stored messages per state.</summary>
    internal const string MessageTallySql = "SELECT k1, n FROM store_tally WHERE kind = 'message'";

    /// <summary>The stored messages per retourcode.</summary>
    internal const string RetourCodeTallySql = "SELECT k1, n FROM store_tally WHERE kind = 'retour_code'";

    /// <summary>The oldest open delivery: two index searches (one per open state), each reading one index entry.</summary>
    internal const string OldestOpenSql =
        "SELECT MIN(oldest) FROM (SELECT MIN(horizon_started_at) AS oldest FROM delivery WHERE state = 'Pending' UNION ALL SELECT MIN(horizon_started_at) FROM delivery WHERE state = 'Sending') AS o";

    /// <summary>Every statement <see cref="ReadGaugesAsync"/> runs, in order (the scrape's query plans are checked against these).</summary>
    internal static IReadOnlyList<string> GaugeStatements { get; } = [DeliveryTallySql, MessageTallySql, RetourCodeTallySql, OldestOpenSql];

    /// <summary>Queue depth, oldest open delivery, messages per state and per retourcode, in one read transaction.</summary>
    public Task<StoreGauges> ReadGaugesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
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
