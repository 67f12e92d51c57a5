using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>CD079: a product without a Budget has a Product: only a generic (budget) toewijzing may omit it.</summary>
internal sealed class CD079_ProductZonderBudget : MessageRule
{
    public override string Code => "CD079";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Is het Budget leeg, dan is Product (categorie, eventueel code) verplicht; alleen een generieke toewijzing met budget heeft geen product.",
        "When no Budget is given, Product (category, optionally code) is required; only a generic toewijzing with a budget has no product.");

    public override RuleText Fix { get; } = new(
        "Vul de productcategorie (en zo nodig de productcode), of geef een generieke toewijzing een budget.",
        "Fill in the product category (and the product code where needed), or give a generic toewijzing a budget.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            // The 317 TeWijzigenProduct has no Product element: its product is that of the existing toewijzing.
            if (line.HasProductElement && line.Product is null && line.Budget is null)
            {
                yield return At(line.ProductPath, "Product is missing while no Budget is given");
            }
        }
    }
}
