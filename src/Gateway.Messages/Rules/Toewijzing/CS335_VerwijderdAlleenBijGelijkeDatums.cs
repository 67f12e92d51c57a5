using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CS335: RedenWijziging 13 (verwijderd) is used only when Einddatum equals Ingangsdatum.</summary>
/// <remarks>
/// A kept difference with the official XSLT, which compares the two dates only when both are there and so passes
/// RedenWijziging 13 without an Einddatum. The rule text ("alleen gebruikt worden indien de ingangsdatum gelijk is aan
/// de einddatum") plainly needs an Einddatum to compare with, so a deletion without one is refused here.
/// </remarks>
internal sealed class CS335_VerwijderdAlleenBijGelijkeDatums : MessageRule
{
    private const string Verwijderd = "13";

    public override string Code => "CS335";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "RedenWijziging 13 (verwijderd) mag alleen gebruikt worden als de einddatum gelijk is aan de ingangsdatum.",
        "RedenWijziging 13 (deleted) may only be used when the Einddatum equals the Ingangsdatum.");

    public override RuleText Fix { get; } = new(
        "Zet bij het verwijderen van een toewijzing de einddatum gelijk aan de ingangsdatum, of kies een andere reden wijziging.",
        "When deleting a toewijzing set its Einddatum equal to its Ingangsdatum, or choose another RedenWijziging.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(bericht))
        {
            if (product.RedenWijziging == Verwijderd && product.Einddatum != product.Ingangsdatum)
            {
                yield return At(
                    path + "/RedenWijziging",
                    product.Einddatum is { } einddatum
                        ? string.Create(CultureInfo.InvariantCulture, $"RedenWijziging 13 with Einddatum {einddatum:yyyy-MM-dd} not equal to Ingangsdatum {product.Ingangsdatum:yyyy-MM-dd}")
                        : "RedenWijziging 13 without an Einddatum");
            }
        }
    }
}
