using Gateway.Messages.Model;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts;

/// <summary>
/// The contract register's answer to the volume rules' question: the variant of the contract for this gemeente,
/// provider and product on the day. Without such a contract (or for a generic toewijzing without product, or a
/// taakgericht one, which has no client-level volumes) the unit's hint stands.
/// </summary>
public sealed class ContractFundingVariantSource(ReloadingSource<ContractRegister> contracts) : IFundingVariantSource
{
    /// <inheritdoc />
    public FundingVariant VariantOf(LedgerParties parties, Product? product, string eenheid, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return product is not null
            && contracts.Current.Find(parties.Standard, parties.Gemeentecode, parties.Aanbieder, product.Categorie, product.Code, day) is { Variant: not FundingVariant.Taakgericht } contract
            ? contract.Variant
            : Eenheden.VariantHint(eenheid);
    }
}
