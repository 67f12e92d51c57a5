using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR341 (9341): a prestatie's Eenheid is the unit of the toewijzing's Omvang, or minutes against a toewijzing in
/// hours. A budget toewijzing (no Omvang) is declared in euro's (83). A toewijzing without ProductCode (aspecifiek or
/// generiek) takes its unit from the contract, not from the ledger: this rule passes it. NL: de eenheid past bij die
/// van de toewijzing; bij uren mag ook in minuten.
/// </summary>
internal sealed class TR341_PrestatieEenheidPastBijToewijzing(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR341";

    public override string RetourCode => "9341";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing) =>
        toewijzing.Product is { Code: not null } && !(toewijzing.Omvang is { } omvang
            ? prestatie.Eenheid == omvang.Eenheid || (prestatie.Eenheid == Volumes.Eenheden.Minuut && omvang.Eenheid == Volumes.Eenheden.Uur)
            : prestatie.Eenheid == Volumes.Eenheden.Euro);
}
