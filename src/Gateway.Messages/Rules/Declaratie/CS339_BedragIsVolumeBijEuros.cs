using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>
/// CS339: with Eenheid 83 (euro's) IngediendBedrag equals GeleverdVolume. Volume × ProductTarief for other units is
/// TR346 (level 4: it needs the contract tariff, and minutes are computed with the unrounded hourly tariff), not this rule.
/// </summary>
internal sealed class CS339_BedragIsVolumeBijEuros : MessageRule
{
    public override string Code => "CS339";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "Bij Eenheid 83 (euro's) is IngediendBedrag gelijk aan GeleverdVolume (beide in eurocenten).",
        "With Eenheid 83 (euro's) IngediendBedrag equals GeleverdVolume (both in eurocents).");

    public override RuleText Fix { get; } = new(
        "Neem bij declaratie in euro's het geleverde volume in eurocenten over als IngediendBedrag.",
        "When declaring in euro's, copy the delivered volume in eurocents into IngediendBedrag.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(bericht))
        {
            if (prestatie.Eenheid == Eenheden.Euros && prestatie.IngediendBedrag.Bedrag != prestatie.GeleverdVolume)
            {
                yield return At(path + "/IngediendBedrag/Bedrag", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Eenheid is 83 (euro's) but IngediendBedrag {prestatie.IngediendBedrag.Bedrag} differs from GeleverdVolume {prestatie.GeleverdVolume}"));
            }
        }
    }
}
