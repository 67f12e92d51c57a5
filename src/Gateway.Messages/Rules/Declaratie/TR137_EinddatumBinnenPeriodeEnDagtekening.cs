using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>
/// TR137: the Einddatum of a DeclaratiePeriode or ProductPeriode lies on or after the Begindatum of that period and
/// not after the Dagtekening of the message.
/// </summary>
internal sealed class TR137_EinddatumBinnenPeriodeEnDagtekening : MessageRule
{
    public override string Code => "TR137";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } =
        MessageSets.Of(MessageCode.Declaratie, MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "De Einddatum van een periode (DeclaratiePeriode, ProductPeriode) ligt op of na de Begindatum van die periode en niet na de Dagtekening van het bericht.",
        "The Einddatum of a period (DeclaratiePeriode, ProductPeriode) lies on or after that period's Begindatum and not after the Dagtekening of the message.");

    public override RuleText Fix { get; } = new(
        "Vul een Einddatum in die niet voor de Begindatum ligt, en declareer een periode pas als die voorbij is.",
        "Fill in an Einddatum that is not before the Begindatum, and declare a period only once it has ended.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        var periods = ClassPaths.Of<Prestatie>(bericht)
            .Select(p => (Path: p.Path + "/ProductPeriode", Periode: p.Record.ProductPeriode));
        if (bericht is Bericht323 b)
        {
            periods = periods.Prepend(("/Bericht/Declaratie/DeclaratiePeriode", b.Declaratie.DeclaratiePeriode));
        }

        foreach (var (path, periode) in periods)
        {
            if (periode.Einddatum < periode.Begindatum)
            {
                yield return At(path + "/Einddatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Einddatum {periode.Einddatum:yyyy-MM-dd} lies before Begindatum {periode.Begindatum:yyyy-MM-dd}"));
            }
            else if (periode.Einddatum > dagtekening)
            {
                yield return At(path + "/Einddatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Einddatum {periode.Einddatum:yyyy-MM-dd} lies after the message Dagtekening {dagtekening:yyyy-MM-dd}"));
            }
        }
    }
}
