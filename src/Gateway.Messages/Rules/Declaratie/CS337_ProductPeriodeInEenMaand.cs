using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>CS337: a ProductPeriode ends in the same calendar month and year as it begins.</summary>
internal sealed class CS337_ProductPeriodeInEenMaand : MessageRule
{
    public override string Code => "CS337";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "De Einddatum van de ProductPeriode valt in dezelfde kalendermaand en hetzelfde jaar als de Begindatum.",
        "The Einddatum of the ProductPeriode falls in the same calendar month and year as its Begindatum.");

    public override RuleText Fix { get; } = new(
        "Splits zorg over meerdere maanden in één prestatie per kalendermaand.",
        "Split care spanning several months into one prestatie per calendar month.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(bericht))
        {
            var periode = prestatie.ProductPeriode;
            if (!DeclaratieDatum.SameMonth(periode.Begindatum, periode.Einddatum))
            {
                yield return At(path + "/ProductPeriode/Einddatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Einddatum {periode.Einddatum:yyyy-MM-dd} is not in the calendar month of Begindatum {periode.Begindatum:yyyy-MM-dd}"));
            }
        }
    }
}
