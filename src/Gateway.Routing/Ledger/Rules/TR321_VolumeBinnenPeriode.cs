using Gateway.Messages.Model;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR321 (9321): a prestatie's GeleverdVolume is not more than the toewijzing allows for its ProductPeriode
/// (<see cref="VolumeArithmetic.AllowedInPeriod"/>; minutes against an hourly toewijzing count as 1/60 hour). The
/// funding variant is the one the toewijzing's unit suggests (<see cref="Eenheden.VariantHint"/>). Budget toewijzingen
/// (no Omvang) are TR369's. Only a debit is judged: a credit takes back what was granted and the gemeente cannot
/// refuse it on content (IV085), like TR322 nets credits. NL: het geleverde volume past binnen de toegewezen omvang
/// voor de productperiode.
/// </summary>
internal sealed class TR321_VolumeBinnenPeriode(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
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
        var allowed = VolumeArithmetic.AllowedInPeriod(allocation, prestatie.ProductPeriode.Begindatum, prestatie.ProductPeriode.Einddatum, Eenheden.VariantHint(omvang.Eenheid));
        return VolumeArithmetic.FitsWithin(prestatie.GeleverdVolume, prestatie.Eenheid, allowed, omvang.Eenheid) == false;
    }
}
