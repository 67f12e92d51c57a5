namespace Gateway.Routing.Store;

/// <summary>
/// The gateway's durable store: messages, their events (the audit trail) and deliveries (the retry queue).
/// Payloads are encrypted at rest and BSNs kept only as keyed hashes. Implementations: SQLite and PostgreSQL;
/// both run the same contract test suite. Every method is safe to call concurrently.
/// </summary>
public interface IMessageStore
{
    /// <summary>Creates or upgrades the schema (idempotent); returns the schema version.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a write unit of work: <c>await using var tx = await store.BeginAsync(ct);</c>.</summary>
    Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a write unit of work that is about to record <paramref name="ahead"/>: what recording them costs without the
    /// database (keyed hashes, encrypted payloads) may be done first, on the caller's thread, before the unit waits for its
    /// turn. Rows the unit does not record as given are recorded as by <see cref="BeginAsync(CancellationToken)"/>.
    /// </summary>
    Task<IStoreTransaction> BeginAsync(IReadOnlyList<NewMessage> ahead, CancellationToken cancellationToken = default) => BeginAsync(cancellationToken);

    // ---- Delivery queue (each call is its own short transaction) ----

    /// <summary>
    /// Claims up to <paramref name="max"/> due deliveries (pending and due, or sending with an expired lease), oldest
    /// due first: sets the lease and increments the attempt. A poison delivery is just one row; it never blocks others.
    /// </summary>
    Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string leaseOwner, int max, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fenced: marks the leased attempt delivered, optionally moving the message along <paramref name="transition"/>
    /// (applied only while the message is still in its From state). False when the lease is stale.
    /// </summary>
    Task<bool> MarkDeliveredAsync(DeliveryLease lease, StateTransition? transition = null, string? detail = null, CancellationToken cancellationToken = default);

    /// <summary>Fenced: records a failed attempt and puts the delivery back to pending at <paramref name="nextAttemptAt"/>. False when stale.</summary>
    Task<bool> ScheduleRetryAsync(DeliveryLease lease, DeliveryFailureKind kind, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default);

    /// <summary>Fenced: records a failed attempt and parks the delivery with a reason (bytes and history kept). False when stale.</summary>
    Task<bool> DeadLetterAsync(DeliveryLease lease, DeliveryFailureKind kind, string reason, CancellationToken cancellationToken = default);

    /// <summary>Puts deliveries whose lease expired back to pending (attempt recorded as expired); returns how many.</summary>
    Task<int> ReleaseExpiredLeasesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// At the start of the one process that serves the store (it holds the store's instance lock): every lease still held
    /// belongs to a run that died, so its delivery goes back to pending at once instead of after the lease (attempt
    /// recorded as abandoned, event <see cref="MessageEventTypes.LeaseReleasedAtStart"/>). The attempt number stays, so a
    /// late completion of that attempt fails its fence. Returns how many.
    /// </summary>
    Task<int> ReleaseLeasesAtStartAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="ReleaseLeasesAtStartAsync"/>, for a store shared by instances: only the leases whose owner starts with
    /// <paramref name="ownerPrefix"/> (this instance's name, whose earlier runs are known to be dead) and is not
    /// <paramref name="currentOwner"/>. Returns how many.
    /// </summary>
    Task<int> ReleaseLeasesOfEarlierRunsAsync(string ownerPrefix, string currentOwner, CancellationToken cancellationToken = default);

    /// <summary>
    /// At a clean stop: every lease <paramref name="leaseOwner"/> (this run) still holds goes back to pending at once, so
    /// another instance sends it now instead of after the lease (attempt recorded as abandoned, event
    /// <see cref="MessageEventTypes.LeaseReleasedAtStop"/>; the attempt number stays, fencing out a late completion).
    /// Returns how many.
    /// </summary>
    Task<int> ReleaseLeasesOfOwnerAsync(string leaseOwner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fenced: gives a claimed delivery back before any attempt was made (the instance stops, or too little of the lease
    /// is left for an attempt): pending again, keeping its place, the attempt not counted (event
    /// <see cref="MessageEventTypes.DeliveryGivenBack"/> with the reason). False when stale.
    /// </summary>
    Task<bool> GiveBackAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default);

    /// <summary>Operator: puts a dead-lettered delivery back to pending, due now, horizon restarted, history kept. False when not dead-lettered.</summary>
    Task<bool> ReplayAsync(long deliveryId, string operatorName, CancellationToken cancellationToken = default);

    /// <summary>Operator: deletes one dead-lettered delivery (the message and its events stay; an event is written). False when not dead-lettered.</summary>
    Task<bool> PurgeAsync(long deliveryId, string operatorName, CancellationToken cancellationToken = default);

    /// <summary>Operator: deletes dead-lettered deliveries parked before <paramref name="deadLetteredBefore"/>; returns how many.</summary>
    Task<int> PurgeDeadLettersAsync(DateTimeOffset deadLetteredBefore, string operatorName, CancellationToken cancellationToken = default);

    // ---- Release freezes (the hub's IB103): held deliveries spend no attempts and no horizon ----

    /// <summary>As <see cref="ClaimDueAsync(string, int, TimeSpan, CancellationToken)"/>, but never claims a delivery to one of the <paramref name="held"/> destinations.</summary>
    Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(string leaseOwner, int max, TimeSpan leaseDuration, IReadOnlyCollection<DeliveryDestination> held, CancellationToken cancellationToken = default);

    /// <summary>Claims the oldest pending delivery to <paramref name="destination"/>, due or not (a freeze's probe); null when there is none.</summary>
    Task<ClaimedDelivery?> ClaimOldestAsync(DeliveryDestination destination, string leaseOwner, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fenced: the leased attempt met a freeze and is given back: the attempt count goes back, the attempt row is removed,
    /// an event <see cref="MessageEventTypes.DeliveryHeld"/> keeps the reason, and the delivery is pending again. False when stale.
    /// </summary>
    Task<bool> HoldAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// A freeze that started at <paramref name="heldSince"/> is over: every pending delivery to <paramref name="destination"/>
    /// is due now (claimed oldest first) and its retry horizon moves on by the time it spent frozen (a delivery queued
    /// during the freeze starts its horizon now). Returns how many were released.
    /// </summary>
    Task<int> ReleaseHeldAsync(DeliveryDestination destination, DateTimeOffset heldSince, CancellationToken cancellationToken = default);

    /// <summary>The freeze state saved last by <see cref="SaveFreezeAsync"/>; <see cref="StoredFreeze.None"/> when nothing was saved.</summary>
    Task<StoredFreeze> LoadFreezeAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the saved freeze state (a learned freeze and what it held survive a restart); <see cref="StoredFreeze.None"/> clears it.</summary>
    Task SaveFreezeAsync(StoredFreeze freeze, CancellationToken cancellationToken = default);

    // ---- Operator queries ----

    /// <summary>Lists deliveries by state and destination, ordered by id, keyset paged.</summary>
    Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(DeliveryQuery query, CancellationToken cancellationToken = default);

    /// <summary>One delivery with its attempt history, or null.</summary>
    Task<DeliveryDetails?> GetDeliveryAsync(long deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Queue depth per state and destination.</summary>
    Task<IReadOnlyList<QueueDepth>> GetQueueDepthAsync(CancellationToken cancellationToken = default);

    /// <summary>How long the oldest unfinished (pending or sending) delivery has waited since it was queued or replayed; null when none.</summary>
    Task<TimeSpan?> GetOldestPendingAgeAsync(CancellationToken cancellationToken = default);

    /// <summary>One message without payload (not audited), or null.</summary>
    Task<StoredMessage?> GetMessageAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>The decrypted payload for the gateway's own use (routing, re-sending); null when purged or unknown.</summary>
    Task<byte[]?> ReadPayloadAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>Operator: a message with its decrypted payload; audited with a <see cref="MessageEventTypes.MessageViewed"/> event naming the operator.</summary>
    Task<MessageView?> ViewMessageAsync(long messageId, string operatorName, CancellationToken cancellationToken = default);

    /// <summary>The events of one message, in time order.</summary>
    Task<IReadOnlyList<MessageEvent>> GetTimelineAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>All messages tied to this one by correlation or shared chain keys (transitively), with their events.</summary>
    Task<MessageChain> GetChainAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>Messages carrying this BSN (looked up by keyed hash), newest first.</summary>
    Task<IReadOnlyList<StoredMessage>> FindByBsnAsync(string bsn, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Counters for metrics.</summary>
    Task<StoreCounters> GetCountersAsync(CancellationToken cancellationToken = default);

    // ---- Housekeeping ----

    /// <summary>
    /// Deletes payloads older than the policy (not of messages with open deliveries), cuts refused payloads past
    /// <see cref="RetentionPolicy.RefusedPayloadAge"/> to their first KB (content hash, size and reason stay), and deletes
    /// message rows past the dedup-key age.
    /// </summary>
    Task<RetentionResult> SweepRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Checks the physical store and its references (SQLite: <c>PRAGMA integrity_check</c> and <c>foreign_key_check</c>; PostgreSQL: references the schema does not enforce).</summary>
    Task<IntegrityReport> CheckIntegrityAsync(CancellationToken cancellationToken = default);
}
