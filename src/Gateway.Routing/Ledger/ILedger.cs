using Gateway.Messages.Model;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>One accepted message to apply to the ledger.</summary>
/// <param name="MessageId">Its internal id.</param>
/// <param name="Flow">Inbound (from a provider) or outbound (from a back office).</param>
/// <param name="Bericht">The message.</param>
public sealed record LedgerEntry(long MessageId, Flow Flow, Bericht Bericht);

/// <summary>
/// The gateway's memory of the traffic (allocations, starts/stops, requests, declarations). Applied inside the store
/// transaction that records the message, so the ledger and the message outcome never disagree.
/// </summary>
public interface ILedger
{
    /// <summary>Records the effect of an accepted message.</summary>
    ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>The ledger until the ledger issue lands: remembers nothing.</summary>
public sealed class NoLedger : ILedger
{
    /// <inheritdoc />
    public ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
