using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger;

/// <summary>
/// Whether gemeente and provider agreed to exchange start/stop (305/307) for a taakgericht product, which then carries
/// no ToewijzingNummer (TR019 accepts such a line only when agreed). The contract register answers this.
/// </summary>
public interface IStartStopAgreement
{
    /// <summary>True when start/stop without a toewijzing is agreed for this product on this day.</summary>
    ValueTask<bool> IsAgreedAsync(LedgerParties parties, Product? product, DateOnly day, CancellationToken cancellationToken = default);
}
