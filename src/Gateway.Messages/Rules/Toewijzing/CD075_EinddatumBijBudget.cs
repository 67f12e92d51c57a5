using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>CD075: a product with a Budget has an end date.</summary>
internal sealed class CD075_EinddatumBijBudget : MessageRule
{
    public override string Code => "CD075";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Is het Budget gevuld, dan is de einddatum verplicht.",
        "When a Budget is given, the end date is required.");

    public override RuleText Fix { get; } = new(
        "Vul de einddatum van het product met budget.",
        "Give the product with a budget an end date.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            if (line.Budget is not null && line.Einddatum is null)
            {
                yield return At(line.EinddatumPath, $"Product has a Budget but no {line.EinddatumElement}");
            }
        }
    }
}
