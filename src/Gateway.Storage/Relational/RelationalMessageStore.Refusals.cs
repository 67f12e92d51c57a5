using Gateway.Messages.Privacy;
using Gateway.Routing.Store;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>Deliveries the hub refused for good (Fo01): parked in their own state, not retried, not dead-lettered.</summary>
public abstract partial class RelationalMessageStore
{
    /// <summary>Fenced: records the attempt as failed (permanent) and parks the delivery as RefusedByHub; false when stale.</summary>
    internal static async Task<bool> RefuseAsync(DbConnection connection, DbTransaction tx, DeliveryLease lease, long now, string reason, CancellationToken cancellationToken)
    {
        var messageId = await FencedMessageIdAsync(connection, tx, lease, cancellationToken);
        if (messageId is null)
        {
            return false;
        }

        var safeReason = BsnRedactor.Redact(reason);
        var kind = DeliveryFailureKind.Permanent;
        await ExecuteAsync(
            connection,
            tx,
            $"UPDATE delivery SET state = 'RefusedByHub', lease_owner = NULL, lease_until = NULL, last_error = @error, last_failure_kind = @kind, finished_at = @now WHERE {Fence}",
            cancellationToken,
            [.. FenceParameters(lease, now), ("@error", safeReason), ("@kind", Text(kind))]);
        await FinishAttemptAsync(connection, tx, lease, now, DeliveryAttemptOutcome.Failed, kind, safeReason, cancellationToken);
        var destination = await DestinationAsync(connection, tx, lease.DeliveryId, cancellationToken);
        await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId.Value, now, MessageEventTypes.DeliveryRefused, Describe(lease, destination, safeReason), null, cancellationToken);
        return true;
    }

    /// <summary>A later Fo01: the message's deliveries to <paramref name="destination"/> counted delivered become RefusedByHub.</summary>
    internal static async Task<int> RefuseDeliveredAsync(DbConnection connection, DbTransaction tx, long messageId, DeliveryDestination destination, long now, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        List<long> delivered;
        await using (var select = Command(connection, tx, "SELECT id FROM delivery WHERE message_id = @id AND destination = @destination AND state = 'Delivered' ORDER BY id", ("@id", messageId), ("@destination", destination.Value)))
        {
            delivered = await ReadAllAsync(select, r => r.GetInt64(0), cancellationToken);
        }

        var safeReason = BsnRedactor.Redact(reason);
        foreach (var id in delivered)
        {
            await ExecuteAsync(
                connection,
                tx,
                "UPDATE delivery SET state = 'RefusedByHub', last_error = @error, last_failure_kind = @kind WHERE id = @id AND state = 'Delivered'",
                cancellationToken,
                ("@error", safeReason),
                ("@kind", Text(DeliveryFailureKind.Permanent)),
                ("@id", id));
            await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId, now, MessageEventTypes.DeliveryRefused, $"delivery {Number(id)} to {destination}, counted delivered, refused later by the hub: {safeReason}", null, cancellationToken);
        }

        return delivered.Count;
    }

    /// <summary>A replayed delivery of a message the hub refused: the message waits in the queue again.</summary>
    private static async Task ReopenRefusedAsync(DbConnection connection, DbTransaction tx, long messageId, long now, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, tx, "UPDATE message SET state = 'Queued', updated_at = @now WHERE id = @id AND state = 'RefusedByHub'", cancellationToken, ("@now", now), ("@id", messageId));
}
