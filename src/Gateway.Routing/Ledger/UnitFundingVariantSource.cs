using Gateway.Messages.Model;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger;

/// <summary>The default until a contract register is registered: the variant the unit suggests (<see cref="Eenheden.VariantHint"/>).</summary>
public sealed class UnitFundingVariantSource : IFundingVariantSource
{
    /// <inheritdoc />
    public FundingVariant VariantOf(LedgerParties parties, Product? product, string eenheid, DateOnly day) => Eenheden.VariantHint(eenheid);
}
