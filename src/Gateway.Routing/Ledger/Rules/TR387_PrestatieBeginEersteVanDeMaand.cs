using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR387 (9387): a prestatie's ProductPeriode begins on the 1st of the month, unless the toewijzing starts later that
/// month; so it breaks when it begins on another day while the toewijzing had already started on or before the 1st.
/// NL: de begindatum van de productperiode is de eerste dag van de maand, tenzij de toewijzing later in die maand ingaat.
/// </summary>
internal sealed class TR387_PrestatieBeginEersteVanDeMaand(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR387";

    public override string RetourCode => "9387";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing)
    {
        var begin = prestatie.ProductPeriode.Begindatum;
        return begin.Day != 1 && toewijzing.Ingangsdatum <= new DateOnly(begin.Year, begin.Month, 1);
    }
}
