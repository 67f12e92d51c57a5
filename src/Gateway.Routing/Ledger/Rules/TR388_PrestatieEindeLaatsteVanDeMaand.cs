using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR388 (9388): a prestatie's ProductPeriode ends on the last day of the month, unless the toewijzing ends earlier
/// that month; so it breaks when it ends on another day while the toewijzing runs on to (at least) the month's last day
/// or has no Einddatum. NL: de einddatum van de productperiode is de laatste dag van de maand, tenzij de toewijzing
/// eerder in die maand eindigt.
/// </summary>
internal sealed class TR388_PrestatieEindeLaatsteVanDeMaand(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR388";

    public override string RetourCode => "9388";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing)
    {
        var einde = prestatie.ProductPeriode.Einddatum;
        var laatste = new DateOnly(einde.Year, einde.Month, DateTime.DaysInMonth(einde.Year, einde.Month));
        return einde != laatste && (toewijzing.Einddatum is null || toewijzing.Einddatum >= laatste);
    }
}
