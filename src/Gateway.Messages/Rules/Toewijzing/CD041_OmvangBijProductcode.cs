using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>CD041: a product with a Code (a specific toewijzing or request) has an Omvang.</summary>
internal sealed class CD041_OmvangBijProductcode : MessageRule
{
    public override string Code => "CD041";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Is de productcode gevuld, dan is de Omvang (volume, eenheid, frequentie) verplicht.",
        "When the product code is filled, the Omvang (volume, unit, frequency) is required.");

    public override RuleText Fix { get; } = new(
        "Vul de Omvang bij een specifiek product, of laat de productcode weg.",
        "Give the Omvang for a specific product, or leave the product code out.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            if (line.HasCode && line.Omvang is null)
            {
                yield return At(line.OmvangPath, $"Product code {line.Product!.Code} has no Omvang");
            }
        }
    }
}
