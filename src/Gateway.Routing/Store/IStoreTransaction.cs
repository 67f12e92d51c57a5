using Gateway.Messages.Standards;

namespace Gateway.Routing.Store;

/// <summary>
/// A unit of work on the store (SQLite: <c>BEGIN IMMEDIATE</c>, so writers are serialised and a read-then-insert is safe;
/// PostgreSQL: READ COMMITTED beside other writers, where a concurrent copy's insert fails with <see cref="DuplicateMessageException"/>).
/// Nothing is kept unless <see cref="CommitAsync"/> is called; disposing without commit rolls back.
/// Never hold one across a network call, and do not call the store's own write methods (claims, completions, views)
/// while holding one: writers are serialised, so that would wait on itself. Store reads are fine.
/// </summary>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>The message with this dedup key (looked up by keyed hash: the key can hold a BSN), or null.</summary>
    Task<StoredMessage?> FindByDedupKeyAsync(DedupKey key, CancellationToken cancellationToken = default);

    /// <summary>The message with this envelope (zender, referentienummer; looked up by keyed hash), or null.</summary>
    Task<StoredMessage?> FindByEnvelopeAsync(string zender, string referentienummer, CancellationToken cancellationToken = default);

    /// <summary>One message by id, or null.</summary>
    Task<StoredMessage?> GetMessageAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The heen-bericht a retour or 325 answers: same standard, message code <paramref name="heenCode"/>, and the
    /// Afzender + Identificatie of the answered message as echoed in the answer's header; null when unknown.
    /// </summary>
    Task<StoredMessage?> FindAnsweredMessageAsync(Standard standard, MessageCode heenCode, string afzender, string identificatie, CancellationToken cancellationToken = default);

    /// <summary>The decrypted payload of one message; null when unknown or no longer stored (retention).</summary>
    Task<byte[]?> ReadPayloadAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>Messages whose <see cref="StoredMessage.CorrelatesTo"/> is this message (its stored answers), oldest first.</summary>
    Task<IReadOnlyList<StoredMessage>> FindAnswersAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>Deliveries of one message.</summary>
    Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(long messageId, CancellationToken cancellationToken = default);

    /// <summary>Records a message (and its event); returns its id. Throws <see cref="DuplicateMessageException"/> on an existing key.</summary>
    Task<long> InsertMessageAsync(NewMessage message, CancellationToken cancellationToken = default);

    /// <summary>Sets a message's state (and retourcodes when given) and writes an event of <paramref name="eventType"/>.</summary>
    Task UpdateStateAsync(long messageId, MessageState state, string eventType, string? detail = null, IReadOnlyList<string>? retourCodes = null, CancellationToken cancellationToken = default);

    /// <summary>Writes an event without a state change (detail and actor without BSN).</summary>
    Task AddEventAsync(long messageId, string eventType, string? detail = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>Queues a delivery of a message to a destination (due at <paramref name="notBefore"/> or now); writes <see cref="MessageEventTypes.DeliveryQueued"/>; returns its id.</summary>
    Task<long> EnqueueDeliveryAsync(long messageId, DeliveryDestination destination, DateTimeOffset? notBefore = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fenced like the queue's completions: records the leased attempt as failed and parks its delivery as
    /// <see cref="DeliveryState.RefusedByHub"/> (never retried; writes <see cref="MessageEventTypes.DeliveryRefused"/>).
    /// False when the lease is stale.
    /// </summary>
    Task<bool> RefuseDeliveryAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// The hub refused later (an Fo01 it posted) a message whose delivery to <paramref name="destination"/> was already
    /// counted delivered: each such delivery moves to <see cref="DeliveryState.RefusedByHub"/> with the reason (writes
    /// <see cref="MessageEventTypes.DeliveryRefused"/>). Deliveries in any other state are left alone. Returns how many moved.
    /// </summary>
    Task<int> RefuseDeliveredAsync(long messageId, DeliveryDestination destination, string reason, CancellationToken cancellationToken = default);

    /// <summary>Makes everything in this unit of work durable (SQLite: <c>synchronous=FULL</c>; PostgreSQL: <c>synchronous_commit=on</c>).</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
