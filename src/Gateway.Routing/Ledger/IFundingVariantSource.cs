using Gateway.Messages.Model;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger;

/// <summary>
/// The funding variant (uitvoeringsvariant) of a product between a gemeente and a provider on a day. No message carries
/// it (OP261); the volume rules need it because a per-week allocation is counted by calendar week numbers when
/// inspanningsgericht and by Sundays when outputgericht (TR321, TR322). The contract register answers this.
/// </summary>
public interface IFundingVariantSource
{
    /// <summary>The variant of <paramref name="product"/> on <paramref name="day"/>; <paramref name="eenheid"/> is the allocation's unit.</summary>
    FundingVariant VariantOf(LedgerParties parties, Product? product, string eenheid, DateOnly day);
}
