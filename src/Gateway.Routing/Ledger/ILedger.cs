using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>
/// The gateway's memory of the traffic (allocations, starts/stops, requests, declarations). Applied inside the store
/// transaction that records the message, so the ledger and the message outcome never disagree.
/// </summary>
public interface ILedger
{
    /// <summary>Records the effect of an accepted message (a 323 as its verdict judges it).</summary>
    ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken);
}
