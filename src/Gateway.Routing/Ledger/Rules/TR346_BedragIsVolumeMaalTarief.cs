using Gateway.Messages.Model;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR346 (9346): for Eenheid ≠ 83 a prestatie's IngediendBedrag is GeleverdVolume × ProductTarief
/// (<see cref="AmountArithmetic.ExpectedBedrag"/>). Minutes against an hourly toewijzing are computed with the
/// unrounded per-minute tariff, round(hourTariff × minutes ÷ 60); the 323 only shows the rounded per-minute tariff, so
/// the amount must match some hour tariff that rounds to it. Eenheid 83 is level-2 CS339's. NL: het ingediende bedrag
/// is het geleverde volume maal het producttarief.
/// </summary>
internal sealed class TR346_BedragIsVolumeMaalTarief(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR346";

    public override string RetourCode => "9346";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing)
    {
        if (prestatie.Eenheid == Eenheden.Euro || prestatie.ProductTarief is not { } tarief)
        {
            return false;
        }

        var bedrag = prestatie.IngediendBedrag.Bedrag;
        if (prestatie.Eenheid == Eenheden.Minuut && toewijzing.Omvang?.Eenheid == Eenheden.Uur)
        {
            // Every hour tariff h with round(h ÷ 60) = tarief: 60·tarief − 30 ≤ h < 60·tarief + 30.
            for (var hour = (60 * tarief) - 30; hour < (60 * tarief) + 30; hour++)
            {
                if (hour >= 0 && AmountArithmetic.ExpectedBedrag(prestatie.GeleverdVolume, prestatie.Eenheid, tarief, hour) == bedrag)
                {
                    return false;
                }
            }

            return true;
        }

        return AmountArithmetic.ExpectedBedrag(prestatie.GeleverdVolume, prestatie.Eenheid, tarief) != bedrag;
    }
}
