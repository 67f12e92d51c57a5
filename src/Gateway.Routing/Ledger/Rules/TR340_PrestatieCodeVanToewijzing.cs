using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR340 (9340): when the toewijzing names a ProductCode, the prestatie declares that code; a toewijzing on a categorie
/// only (no code) accepts any code of it. Another categorie is TR339's fault, not this rule's. NL: de productcode van de prestatie is die van de toewijzing.
/// </summary>
internal sealed class TR340_PrestatieCodeVanToewijzing(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR340";

    public override string RetourCode => "9340";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing) =>
        toewijzing.Product is { Code: { } code } product && product.Categorie == prestatie.ProductCategorie && code != prestatie.ProductCode;
}
