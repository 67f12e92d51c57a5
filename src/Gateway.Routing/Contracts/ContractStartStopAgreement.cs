using Gateway.Messages.Model;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts;

/// <summary>
/// The contract register's answer to TR019's question: a 305/307 line without a ToewijzingNummer is accepted when its
/// product is taakgericht for this gemeente and provider on that day and the contract has startStopAfgesproken.
/// </summary>
public sealed class ContractStartStopAgreement(ReloadingSource<ContractRegister> contracts) : IStartStopAgreement
{
    /// <inheritdoc />
    public ValueTask<bool> IsAgreedAsync(LedgerParties parties, Product? product, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return ValueTask.FromResult(contracts.Current.IsStartStopAgreed(parties.Standard, parties.Gemeentecode, parties.Aanbieder, product?.Categorie, product?.Code, day));
    }
}
