using Gateway.Messages.Model;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR321 (9321): a prestatie's GeleverdVolume is not more than the toewijzing allows for its ProductPeriode
/// (<see cref="VolumeArithmetic.AllowedInPeriod"/>; minutes against an hourly toewijzing count as 1/60 hour). The
/// funding variant (which decides how a per-week allocation counts weeks) is the contract's for the product on the
/// ProductPeriode's first day (<see cref="IFundingVariantSource"/>; without a contract register the unit's hint). Budget
/// toewijzingen (no Omvang) are TR369's. Only a debit is judged: a credit takes back what was granted and the gemeente
/// cannot refuse it on content (IV085), like TR322 nets credits. NL: het geleverde volume past binnen de toegewezen omvang
/// voor de productperiode.
/// </summary>
internal sealed class TR321_VolumeBinnenPeriode(ILedgerReader ledger, IFundingVariantSource variants) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR321";

    public override string RetourCode => "9321";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing)
    {
        if (toewijzing.Omvang is not { } omvang || prestatie.IngediendBedrag.DebetCredit == LedgerPrestatie.Credit)
        {
            return false;
        }

        var allocation = Allocation.Of(omvang, toewijzing.Ingangsdatum, toewijzing.Einddatum);
        var periode = prestatie.ProductPeriode;
        var variant = variants.VariantOf(toewijzing.Parties, toewijzing.Product, omvang.Eenheid, periode.Begindatum);
        var allowed = VolumeArithmetic.AllowedInPeriod(allocation, periode.Begindatum, periode.Einddatum, variant);
        return VolumeArithmetic.FitsWithin(prestatie.GeleverdVolume, prestatie.Eenheid, allowed, omvang.Eenheid) == false;
    }
}
