using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR308 (9308): a prestatie's ProductPeriode does not end after the toewijzing's Einddatum (an open-ended toewijzing
/// has no limit). NL: de productperiode eindigt niet na de einddatum van de toewijzing.
/// </summary>
internal sealed class TR308_PrestatieEindeVoorEinddatum(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR308";

    public override string RetourCode => "9308";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing) =>
        toewijzing.Einddatum is { } einde && prestatie.ProductPeriode.Einddatum > einde;
}
