using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger;

/// <summary>The default until a contract register is registered: nothing is agreed, so every 305/307 needs a toewijzing.</summary>
public sealed class NoStartStopAgreement : IStartStopAgreement
{
    /// <inheritdoc />
    public ValueTask<bool> IsAgreedAsync(LedgerParties parties, Product? product, DateOnly day, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(false);
}
