using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR339 (9339): a prestatie's ProductCategorie is the categorie of the toewijzing it names. NL: de productcategorie van
/// de prestatie is die van de toewijzing.
/// </summary>
internal sealed class TR339_PrestatieCategorieVanToewijzing(ILedgerReader ledger) : PrestatieToewijzingRule(ledger)
{
    public override string Code => "TR339";

    public override string RetourCode => "9339";

    protected override bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing) =>
        toewijzing.Product is { } product && product.Categorie != prestatie.ProductCategorie;
}
