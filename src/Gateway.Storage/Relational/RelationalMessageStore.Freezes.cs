using System.Globalization;
using Gateway.Messages.Privacy;
using Gateway.Routing.Freezes;
using Gateway.Routing.Store;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>Release freezes: claims that pass held destinations by, attempts given back, the release at the end, and the freeze state kept over a restart.</summary>
public abstract partial class RelationalMessageStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string leaseOwner, int max, TimeSpan leaseDuration, IReadOnlyCollection<DeliveryDestination> held, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (held.Count == 0)
        {
            return ClaimDueAsync(leaseOwner, max, leaseDuration, cancellationToken);
        }

        var names = held.Select((_, i) => "@held" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        return ClaimAsync(
            leaseOwner,
            max,
            leaseDuration,
            $"((d.state = 'Pending' AND d.next_attempt_at <= @now) OR (d.state = 'Sending' AND d.lease_until <= @now)) AND d.destination NOT IN ({string.Join(", ", names)})",
            "d.next_attempt_at, d.id",
            [.. held.Select((d, i) => (names[i], (object?)d.Value))],
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ClaimedDelivery?> ClaimOldestAsync(DeliveryDestination destination, string leaseOwner, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimAsync(leaseOwner, 1, leaseDuration, "d.state = 'Pending' AND d.destination = @destination", "d.id", [("@destination", destination.Value)], cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    /// <inheritdoc />
    public Task<bool> HoldAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return GiveBackUncountedAsync(lease, MessageEventTypes.DeliveryHeld, destination => $"delivery {Number(lease.DeliveryId)} to {destination} held by a freeze, attempt not counted: {BsnRedactor.Redact(reason)}", dueNow: true, cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> ReleaseHeldAsync(DeliveryDestination destination, DateTimeOffset heldSince, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (connection, tx, now) =>
            {
                var since = ToMs(heldSince);
                List<(long Id, long MessageId, long Horizon)> held;
                await using (var select = Command(connection, tx, "SELECT id, message_id, horizon_started_at FROM delivery WHERE destination = @destination AND state = 'Pending' ORDER BY id", ("@destination", destination.Value)))
                {
                    held = await ReadAllAsync(select, r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken);
                }

                foreach (var (id, messageId, horizon) in held)
                {
                    // The horizon does not run while frozen: moved on by the frozen part of its time, or started now.
                    var moved = horizon < since ? horizon + Math.Max(0, now - since) : now;
                    await ExecuteAsync(connection, tx, "UPDATE delivery SET next_attempt_at = @now, horizon_started_at = @horizon WHERE id = @id AND state = 'Pending'", cancellationToken, ("@now", now), ("@horizon", moved), ("@id", id));
                    await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId, now, MessageEventTypes.DeliveryReleased, $"delivery {Number(id)} to {destination} released after the freeze since {heldSince.ToString("O", CultureInfo.InvariantCulture)}", null, cancellationToken);
                }

                return held.Count;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<StoredFreeze> LoadFreezeAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                await using var select = Command(connection, null, "SELECT learned_since, learned_until, next_probe_at, answer, held_since FROM hub_freeze WHERE id = 1");
                var rows = await ReadAllAsync(
                    select,
                    r => new StoredFreeze(
                        r.IsDBNull(0) ? null : new HubFreeze(FreezeSource.Learned, FromMs(r.GetInt64(0)), FromMs(r.GetInt64(1)), r.IsDBNull(2) ? null : FromMs(r.GetInt64(2)), r.GetString(3)),
                        r.IsDBNull(4) ? null : FromMs(r.GetInt64(4))),
                    cancellationToken);
                return rows.Count == 0 ? StoredFreeze.None : rows[0];
            },
            cancellationToken);

    /// <inheritdoc />
    public Task SaveFreezeAsync(StoredFreeze freeze, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(freeze);
        if (freeze.Learned is { Source: not FreezeSource.Learned })
        {
            throw new ArgumentException("Only a learned freeze is saved; configured windows come from the configuration.", nameof(freeze));
        }

        return WriteAsync(
            async (connection, tx, _) =>
            {
                var learned = freeze.Learned;
                return await ExecuteAsync(
                    connection,
                    tx,
                    """
                    INSERT INTO hub_freeze (id, learned_since, learned_until, next_probe_at, answer, held_since)
                    VALUES (1, @since, @until, @probe, @answer, @held)
                    ON CONFLICT (id) DO UPDATE SET learned_since = excluded.learned_since, learned_until = excluded.learned_until,
                        next_probe_at = excluded.next_probe_at, answer = excluded.answer, held_since = excluded.held_since
                    """,
                    cancellationToken,
                    ("@since", learned is null ? null : ToMs(learned.Since)),
                    ("@until", learned is null ? null : ToMs(learned.Until)),
                    ("@probe", learned?.NextProbeAt is { } probe ? ToMs(probe) : null),
                    ("@answer", learned is null ? null : BsnRedactor.Redact(learned.Name)),
                    ("@held", freeze.HeldSince is { } held ? ToMs(held) : null));
            },
            cancellationToken);
    }
}
