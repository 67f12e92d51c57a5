using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR322 (9322): the granted volume of all prestaties on a toewijzing (debit − credit) does not exceed what the whole
/// toewijzing allows (<see cref="VolumeArithmetic.AllowedTotal"/>; open-ended repeating toewijzingen have no total yet).
/// Minutes against hours are counted in minutes. The funding variant is the contract's for the product on the
/// toewijzing's Ingangsdatum (the total belongs to the toewijzing as made; <see cref="IFundingVariantSource"/>). NL: de som van de geleverde volumes past binnen de hele toewijzing.
/// </summary>
internal sealed class TR322_VolumeBinnenToewijzing(ILedgerReader ledger, IFundingVariantSource variants) : ToewijzingTotaalRule(ledger)
{
    public override string Code => "TR322";

    public override string RetourCode => "9322";

    protected override (long Limit, Func<string, long, long?> Amount)? Measure(LedgerToewijzing toewijzing)
    {
        if (toewijzing.Omvang is not { } omvang
            || VolumeArithmetic.AllowedTotal(
                Allocation.Of(omvang, toewijzing.Ingangsdatum, toewijzing.Einddatum),
                variants.VariantOf(toewijzing.Parties, toewijzing.Product, omvang.Eenheid, toewijzing.Ingangsdatum)) is not { } allowed)
        {
            return null;
        }

        var perUnit = omvang.Eenheid == Eenheden.Uur ? 60 : 1;
        return (allowed * perUnit, (eenheid, volume) =>
            eenheid == omvang.Eenheid ? volume * perUnit
            : eenheid == Eenheden.Minuut && omvang.Eenheid == Eenheden.Uur ? volume
            : null);
    }
}
