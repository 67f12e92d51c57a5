using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR307 (9307): a prestatie's ProductPeriode does not begin before the toewijzing's Ingangsdatum. NL: de
/// productperiode begint niet voor de ingangsdatum van de toewijzing.
/// </summary>
internal sealed class TR307_PrestatieBeginNaIngangsdatum(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR307";

    public override string RetourCode => "9307";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing) =>
        prestatie.ProductPeriode.Begindatum < toewijzing.Ingangsdatum;
}
