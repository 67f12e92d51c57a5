using Gateway.Messages.Privacy;
using Gateway.Routing.Store;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>The delivery queue: claim → (send, outside any transaction) → fenced completion.</summary>
public abstract partial class RelationalMessageStore
{
    private const string Fence = "id = @id AND state = 'Sending' AND lease_owner = @owner AND attempts = @attempt";

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string leaseOwner, int max, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        ClaimAsync(leaseOwner, max, leaseDuration, "(d.state = 'Pending' AND d.next_attempt_at <= @now) OR (d.state = 'Sending' AND d.lease_until <= @now)", "d.next_attempt_at, d.id", [], cancellationToken);

    private Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string leaseOwner, int max, TimeSpan leaseDuration, string where, string orderBy, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        return WriteAsync<IReadOnlyList<ClaimedDelivery>>(
            async (connection, tx, now) =>
            {
                List<Delivery> due;
                await using (var select = Command(
                    connection,
                    tx,
                    $"SELECT {DeliveryColumns} FROM delivery d WHERE {where} ORDER BY {orderBy} LIMIT @max{Dialect.ClaimLock}",
                    [("@now", now), ("@max", max), .. parameters]))
                {
                    due = await ReadAllAsync(select, ReadDelivery, cancellationToken);
                }

                // The attempts start now that their rows are locked, not when the transaction began: a delivery another
                // instance's expiry sweep put back (its attempt finished at that sweep's clock) became visible to the
                // select only once that sweep committed, so this reading is later and the attempts stay in order.
                now = Math.Max(now, NowMs);
                var leaseUntil = now + (long)leaseDuration.TotalMilliseconds;
                var claimed = new List<ClaimedDelivery>(due.Count);
                foreach (var delivery in due)
                {
                    if (delivery.State == DeliveryState.Sending)
                    {
                        await ExpireAttemptAsync(connection, tx, delivery, now, cancellationToken);
                    }

                    var attempt = delivery.Attempts + 1;
                    await ExecuteAsync(connection, tx, "UPDATE delivery SET state = 'Sending', attempts = @attempt, lease_owner = @owner, lease_until = @until WHERE id = @id", cancellationToken, ("@attempt", attempt), ("@owner", leaseOwner), ("@until", leaseUntil), ("@id", delivery.Id));
                    await ExecuteAsync(connection, tx, "INSERT INTO delivery_attempt (delivery_id, attempt, lease_owner, started_at, outcome) VALUES (@id, @attempt, @owner, @now, 'InProgress')", cancellationToken, ("@id", delivery.Id), ("@attempt", attempt), ("@owner", leaseOwner), ("@now", now));

                    var (message, payload) = await ReadMessageWithPayloadAsync(connection, tx, delivery.MessageId, cancellationToken);
                    var lease = new DeliveryLease(delivery.Id, leaseOwner, attempt, FromMs(leaseUntil));
                    var leased = delivery with { State = DeliveryState.Sending, Attempts = attempt, LeaseOwner = leaseOwner, LeaseUntil = lease.LeaseUntil };
                    if (message is null || payload is null)
                    {
                        // Retention never purges a message with open deliveries; if it happened anyway, park the work instead of failing every sweep.
                        await FinishFailedAsync(connection, tx, lease, now, DeliveryFailureKind.Permanent, "the message payload is no longer stored", deadLetter: true, nextAttemptAt: null, cancellationToken);
                        continue;
                    }

                    claimed.Add(new ClaimedDelivery(lease, leased, message, payload));
                }

                return claimed;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> MarkDeliveredAsync(DeliveryLease lease, StateTransition? transition = null, string? detail = null, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (connection, tx, now) =>
            {
                var messageId = await FencedMessageIdAsync(connection, tx, lease, cancellationToken);
                if (messageId is null)
                {
                    return false;
                }

                await ExecuteAsync(connection, tx, $"UPDATE delivery SET state = 'Delivered', lease_owner = NULL, lease_until = NULL, finished_at = @now WHERE {Fence}", cancellationToken, FenceParameters(lease, now));
                await FinishAttemptAsync(connection, tx, lease, now, DeliveryAttemptOutcome.Delivered, null, null, cancellationToken);
                var destination = await DestinationAsync(connection, tx, lease.DeliveryId, cancellationToken);
                await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId.Value, now, MessageEventTypes.MessageDelivered, Describe(lease, destination, detail), null, cancellationToken);
                if (transition is not null)
                {
                    await ExecuteAsync(connection, tx, "UPDATE message SET state = @to, updated_at = @now WHERE id = @id AND state = @from", cancellationToken, ("@to", Text(transition.To)), ("@from", Text(transition.From)), ("@now", now), ("@id", messageId.Value));
                }

                return true;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> ScheduleRetryAsync(DeliveryLease lease, DeliveryFailureKind kind, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx, now) => FinishFailedAsync(connection, tx, lease, now, kind, error, deadLetter: false, ToMs(nextAttemptAt), cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(DeliveryLease lease, DeliveryFailureKind kind, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx, now) => FinishFailedAsync(connection, tx, lease, now, kind, reason, deadLetter: true, nextAttemptAt: null, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<int> ReleaseExpiredLeasesAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (connection, tx, now) =>
            {
                List<Delivery> expired;
                await using (var select = Command(connection, tx, $"SELECT {DeliveryColumns} FROM delivery d WHERE d.state = 'Sending' AND d.lease_until <= @now{Dialect.ClaimLock}", ("@now", now)))
                {
                    expired = await ReadAllAsync(select, ReadDelivery, cancellationToken);
                }

                foreach (var delivery in expired)
                {
                    await ExpireAttemptAsync(connection, tx, delivery, now, cancellationToken);
                    await ExecuteAsync(connection, tx, "UPDATE delivery SET state = 'Pending', lease_owner = NULL, lease_until = NULL WHERE id = @id", cancellationToken, ("@id", delivery.Id));
                }

                return expired.Count;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<int> ReleaseLeasesAtStartAsync(CancellationToken cancellationToken = default) =>
        ReleaseHeldAsync("d.state = 'Sending'", [], MessageEventTypes.LeaseReleasedAtStart, cancellationToken);

    /// <inheritdoc />
    public Task<int> ReleaseLeasesOfEarlierRunsAsync(string ownerPrefix, string currentOwner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(currentOwner);

        // substr, not LIKE: an owner's name may hold the LIKE wildcards.
        return ReleaseHeldAsync(
            "d.state = 'Sending' AND substr(d.lease_owner, 1, @length) = @prefix AND d.lease_owner <> @current",
            [("@length", ownerPrefix.Length), ("@prefix", ownerPrefix), ("@current", currentOwner)],
            MessageEventTypes.LeaseReleasedAtStart,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> ReleaseLeasesOfOwnerAsync(string leaseOwner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        return ReleaseHeldAsync("d.state = 'Sending' AND d.lease_owner = @owner", [("@owner", leaseOwner)], MessageEventTypes.LeaseReleasedAtStop, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> GiveBackAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);

        // The due time stays, so a given-back delivery keeps its place (oldest first).
        return GiveBackUncountedAsync(lease, MessageEventTypes.DeliveryGivenBack, destination => $"delivery {Number(lease.DeliveryId)} to {destination} given back unsent by {lease.Owner} ({BsnRedactor.Redact(reason)}), attempt not counted", dueNow: false, cancellationToken);
    }

    /// <summary>Fenced: a claimed delivery back to pending with its attempt not counted (nothing was sent); false when stale.</summary>
    private Task<bool> GiveBackUncountedAsync(DeliveryLease lease, string eventType, Func<string, string> describe, bool dueNow, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, tx, now) =>
            {
                var messageId = await FencedMessageIdAsync(connection, tx, lease, cancellationToken);
                if (messageId is null)
                {
                    return false;
                }

                // The next claim counts this number again, so its row goes (the event says why).
                var due = dueNow ? ", next_attempt_at = @now" : "";
                await ExecuteAsync(connection, tx, $"UPDATE delivery SET state = 'Pending', attempts = attempts - 1, lease_owner = NULL, lease_until = NULL{due} WHERE {Fence}", cancellationToken, FenceParameters(lease, now));
                await ExecuteAsync(connection, tx, "DELETE FROM delivery_attempt WHERE delivery_id = @id AND attempt = @attempt", cancellationToken, ("@id", lease.DeliveryId), ("@attempt", lease.Attempt));
                var destination = await DestinationAsync(connection, tx, lease.DeliveryId, cancellationToken);
                await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId.Value, now, eventType, describe(destination), null, cancellationToken);
                return true;
            },
            cancellationToken);

    private Task<int> ReleaseHeldAsync(string where, (string, object?)[] parameters, string eventType, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, tx, now) =>
            {
                List<Delivery> held;
                await using (var select = Command(connection, tx, $"SELECT {DeliveryColumns} FROM delivery d WHERE {where}{Dialect.ClaimLock}", parameters))
                {
                    held = await ReadAllAsync(select, ReadDelivery, cancellationToken);
                }

                foreach (var delivery in held)
                {
                    // Attempts stay as they are: the next claim counts a new attempt, so the dead run's attempt stays fenced out.
                    await ExecuteAsync(connection, tx, "UPDATE delivery_attempt SET outcome = 'Abandoned', finished_at = @now WHERE delivery_id = @id AND attempt = @attempt AND outcome = 'InProgress'", cancellationToken, ("@now", now), ("@id", delivery.Id), ("@attempt", delivery.Attempts));
                    await ExecuteAsync(connection, tx, "UPDATE delivery SET state = 'Pending', lease_owner = NULL, lease_until = NULL WHERE id = @id AND state = 'Sending'", cancellationToken, ("@id", delivery.Id));
                    await RelationalStoreTransaction.InsertEventAsync(connection, tx, delivery.MessageId, now, eventType, $"delivery {Number(delivery.Id)} to {delivery.Destination} attempt {Number(delivery.Attempts)} held by {delivery.LeaseOwner}", null, cancellationToken);
                }

                return held.Count;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<bool> ReplayAsync(long deliveryId, string operatorName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        return WriteAsync(
            async (connection, tx, now) =>
            {
                var messageId = await DeadLetteredMessageIdAsync(connection, tx, deliveryId, cancellationToken);
                if (messageId is null)
                {
                    return false;
                }

                await ExecuteAsync(connection, tx, "UPDATE delivery SET state = 'Pending', next_attempt_at = @now, horizon_started_at = @now, finished_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = @id", cancellationToken, ("@now", now), ("@id", deliveryId));
                await ReopenRefusedAsync(connection, tx, messageId.Value, now, cancellationToken);
                await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId.Value, now, MessageEventTypes.MessageReplayed, $"delivery {Number(deliveryId)} back to pending", operatorName, cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> PurgeAsync(long deliveryId, string operatorName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        return WriteAsync(
            async (connection, tx, now) =>
            {
                var messageId = await DeadLetteredMessageIdAsync(connection, tx, deliveryId, cancellationToken);
                if (messageId is null)
                {
                    return false;
                }

                await PurgeOneAsync(connection, tx, deliveryId, messageId.Value, now, operatorName, cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> PurgeDeadLettersAsync(DateTimeOffset deadLetteredBefore, string operatorName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        return WriteAsync(
            async (connection, tx, now) =>
            {
                List<(long Id, long MessageId)> rows;
                await using (var select = Command(connection, tx, "SELECT id, message_id FROM delivery WHERE state = 'DeadLettered' AND finished_at < @before", ("@before", ToMs(deadLetteredBefore))))
                {
                    rows = await ReadAllAsync(select, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken);
                }

                foreach (var (id, messageId) in rows)
                {
                    await PurgeOneAsync(connection, tx, id, messageId, now, operatorName, cancellationToken);
                }

                return rows.Count;
            },
            cancellationToken);
    }

    private static async Task PurgeOneAsync(DbConnection connection, DbTransaction tx, long deliveryId, long messageId, long now, string operatorName, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, tx, "DELETE FROM delivery WHERE id = @id", cancellationToken, ("@id", deliveryId));
        await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId, now, MessageEventTypes.DeliveryPurged, $"dead-lettered delivery {Number(deliveryId)} purged", operatorName, cancellationToken);
    }

    private static async Task<bool> FinishFailedAsync(DbConnection connection, DbTransaction tx, DeliveryLease lease, long now, DeliveryFailureKind kind, string error, bool deadLetter, long? nextAttemptAt, CancellationToken cancellationToken)
    {
        var messageId = await FencedMessageIdAsync(connection, tx, lease, cancellationToken);
        if (messageId is null)
        {
            return false;
        }

        var safeError = BsnRedactor.Redact(error);
        var parameters = FenceParameters(lease, now).Concat([("@error", safeError), ("@kind", Text(kind)), ("@next", nextAttemptAt)]).ToArray();
        await ExecuteAsync(
            connection,
            tx,
            deadLetter
                ? $"UPDATE delivery SET state = 'DeadLettered', lease_owner = NULL, lease_until = NULL, last_error = @error, last_failure_kind = @kind, finished_at = @now WHERE {Fence}"
                : $"UPDATE delivery SET state = 'Pending', lease_owner = NULL, lease_until = NULL, last_error = @error, last_failure_kind = @kind, next_attempt_at = @next WHERE {Fence}",
            cancellationToken,
            parameters);
        await FinishAttemptAsync(connection, tx, lease, now, DeliveryAttemptOutcome.Failed, kind, safeError, cancellationToken);
        var destination = await DestinationAsync(connection, tx, lease.DeliveryId, cancellationToken);
        await RelationalStoreTransaction.InsertEventAsync(
            connection,
            tx,
            messageId.Value,
            now,
            deadLetter ? MessageEventTypes.MessageDeadLettered : MessageEventTypes.DeliveryFailed,
            Describe(lease, destination, $"{kind}: {safeError}"),
            null,
            cancellationToken);
        return true;
    }

    private static async Task ExpireAttemptAsync(DbConnection connection, DbTransaction tx, Delivery delivery, long now, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, tx, "UPDATE delivery_attempt SET outcome = 'LeaseExpired', finished_at = @now WHERE delivery_id = @id AND attempt = @attempt AND outcome = 'InProgress'", cancellationToken, ("@now", now), ("@id", delivery.Id), ("@attempt", delivery.Attempts));
        await RelationalStoreTransaction.InsertEventAsync(connection, tx, delivery.MessageId, now, MessageEventTypes.LeaseExpired, $"delivery {Number(delivery.Id)} to {delivery.Destination} attempt {Number(delivery.Attempts)} held by {delivery.LeaseOwner}", null, cancellationToken);
    }

    private static async Task FinishAttemptAsync(DbConnection connection, DbTransaction tx, DeliveryLease lease, long now, DeliveryAttemptOutcome outcome, DeliveryFailureKind? kind, string? error, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            connection,
            tx,
            "UPDATE delivery_attempt SET outcome = @outcome, failure_kind = @kind, error = @error, finished_at = @now WHERE delivery_id = @id AND attempt = @attempt",
            cancellationToken,
            ("@outcome", Text(outcome)),
            ("@kind", kind is { } k ? Text(k) : null),
            ("@error", error),
            ("@now", now),
            ("@id", lease.DeliveryId),
            ("@attempt", lease.Attempt));

    /// <summary>The message id when the lease still holds (same owner and attempt, still sending); null for a stale completion.</summary>
    private static async Task<long?> FencedMessageIdAsync(DbConnection connection, DbTransaction tx, DeliveryLease lease, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, $"SELECT message_id FROM delivery WHERE {Fence}", FenceParameters(lease, 0));
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    private static async Task<long?> DeadLetteredMessageIdAsync(DbConnection connection, DbTransaction tx, long deliveryId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, "SELECT message_id FROM delivery WHERE id = @id AND state IN ('DeadLettered', 'RefusedByHub')", ("@id", deliveryId));
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    private static async Task<string> DestinationAsync(DbConnection connection, DbTransaction tx, long deliveryId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, "SELECT destination FROM delivery WHERE id = @id", ("@id", deliveryId));
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static (string, object?)[] FenceParameters(DeliveryLease lease, long now) =>
        [("@id", lease.DeliveryId), ("@owner", lease.Owner), ("@attempt", lease.Attempt), ("@now", now)];

    private static string Describe(DeliveryLease lease, string destination, string? detail) =>
        $"delivery {Number(lease.DeliveryId)} to {destination} attempt {Number(lease.Attempt)}" + (detail is null ? "" : ": " + detail);

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal async Task<(StoredMessage? Message, byte[]? Payload)> ReadMessageWithPayloadAsync(DbConnection connection, DbTransaction? tx, long messageId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, $"SELECT {MessageColumns}, m.payload_key_id, m.payload FROM message m WHERE m.id = @id", ("@id", messageId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (null, null);
        }

        var message = ReadMessage(reader, Protector);
        var payloadOrdinal = reader.FieldCount - 1;
        var payload = reader.IsDBNull(payloadOrdinal)
            ? null
            : Protector.Unprotect(reader.GetString(payloadOrdinal - 1), (byte[])reader.GetValue(payloadOrdinal));
        return (message, payload);
    }
}
