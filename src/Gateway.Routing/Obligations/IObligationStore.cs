using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Obligations;

/// <summary>
/// The durable side of the response-time obligations. Methods taking an <see cref="IStoreTransaction"/> work inside it
/// (the one that records the opening or fulfilling message, or a sweep's signal), so obligations commit with the message.
/// </summary>
public interface IObligationStore
{
    /// <summary>Records an open obligation; returns its id.</summary>
    Task<long> OpenAsync(IStoreTransaction transaction, NewObligation obligation, CancellationToken cancellationToken = default);

    /// <summary>Records an obligation fulfilled by its opening message itself (a late 305/307), late when after its due date.</summary>
    Task<long> RecordFulfilledAsync(IStoreTransaction transaction, NewObligation obligation, DateOnly fulfilledOn, CancellationToken cancellationToken = default);

    /// <summary>Closes every open obligation with the closing's key; returns how many.</summary>
    Task<int> CloseAsync(IStoreTransaction transaction, ObligationClosing closing, CancellationToken cancellationToken = default);

    /// <summary>The latest obligation (open or closed) with this key, or null.</summary>
    Task<Obligation?> FindAsync(IStoreTransaction transaction, ObligationKind kind, Standard standard, string gemeentecode, string aanbieder, string reference, CancellationToken cancellationToken = default);

    /// <summary>Compare-and-set: records that <paramref name="signal"/> was given for an open obligation; false when given before or closed.</summary>
    Task<bool> MarkSignalledAsync(IStoreTransaction transaction, long obligationId, ObligationSignal signal, CancellationToken cancellationToken = default);

    /// <summary>Open obligations, nearest due date first; with <paramref name="includeClosed"/> also the fulfilled ones (own read connection).</summary>
    Task<IReadOnlyList<Obligation>> ListAsync(bool includeClosed = false, CancellationToken cancellationToken = default);
}
