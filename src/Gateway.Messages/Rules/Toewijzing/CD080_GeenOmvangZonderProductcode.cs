using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>
/// CD080: a toegewezen product without a product Code has no Omvang, unless its Einddatum is on or before 2020-12-31
/// (toewijzingen from before the 3.x regime).
/// </summary>
internal sealed class CD080_GeenOmvangZonderProductcode : MessageRule
{
    public override string Code => "CD080";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Heeft het toegewezen product geen productcode en is de einddatum leeg of later dan 31-12-2020, dan blijft de Omvang leeg.",
        "When the toegewezen product has no product code and its Einddatum is empty or after 2020-12-31, the Omvang stays empty.");

    public override RuleText Fix { get; } = new(
        "Laat de omvang weg bij een aspecifieke of generieke toewijzing, of vul de productcode als het om een specifiek product gaat.",
        "Leave the Omvang out for an aspecific or generic toewijzing, or fill in the product code if it is a specific product.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht301)
        {
            yield break;
        }

        foreach (var line in ProductLines.Of(bericht))
        {
            if (!line.HasCode && line.Omvang is not null && ProductLines.OpenOrAfter2020(line.Einddatum))
            {
                yield return At(
                    line.OmvangPath,
                    line.Einddatum is { } einddatum
                        ? string.Create(CultureInfo.InvariantCulture, $"Product without a code has an Omvang and Einddatum {einddatum:yyyy-MM-dd}")
                        : "Product without a code has an Omvang and no Einddatum");
            }
        }
    }
}
