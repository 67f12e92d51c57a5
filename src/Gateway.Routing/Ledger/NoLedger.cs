using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>The ledger until the ledger issue lands: remembers nothing.</summary>
public sealed class NoLedger : ILedger
{
    /// <inheritdoc />
    public ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
