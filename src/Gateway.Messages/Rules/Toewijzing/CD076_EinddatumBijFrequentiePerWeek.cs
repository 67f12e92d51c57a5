using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>CD076: a product with Frequentie 2 (per week) has an end date.</summary>
internal sealed class CD076_EinddatumBijFrequentiePerWeek : MessageRule
{
    private const string PerWeek = "2";

    public override string Code => "CD076";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Heeft de Omvang frequentie 2 (per week), dan is de einddatum verplicht; anders is het totale volume niet te bepalen.",
        "When the Omvang has Frequentie 2 (per week), the end date is required; otherwise the total volume cannot be determined.");

    public override RuleText Fix { get; } = new(
        "Vul de einddatum van het product met een wekelijkse omvang.",
        "Give the product with a weekly volume an end date.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            if (line.Omvang?.Frequentie == PerWeek && line.Einddatum is null)
            {
                yield return At(line.EinddatumPath, $"Omvang per week (Frequentie 2) but no {line.EinddatumElement}");
            }
        }
    }
}
