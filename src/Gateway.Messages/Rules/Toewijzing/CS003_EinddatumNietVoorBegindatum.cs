using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>
/// CS003: an end date, when given, is on or after the begin date of its period: the Einddatum of a toegewezen product
/// and of a contact's Periode (301), the ToewijzingEinddatum of a requested product (315) and the Einddatum of a new or
/// changed product (317). Equal dates are allowed.
/// </summary>
internal sealed class CS003_EinddatumNietVoorBegindatum : MessageRule
{
    public override string Code => "CS003";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Een einddatum ligt niet voor de begindatum (of ingangsdatum) van dezelfde periode; gelijk is toegestaan.",
        "An end date is not before the begin date (or start date) of the same period; equal dates are allowed.");

    public override RuleText Fix { get; } = new(
        "Corrigeer de einddatum of de begin-/ingangsdatum zodat de einddatum op of na de begindatum ligt.",
        "Correct the end date or the begin/start date so that the end date is on or after the begin date.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            if (line.Einddatum is { } einddatum && einddatum < line.Ingangsdatum)
            {
                yield return At(line.EinddatumPath, Detail(line.EinddatumElement, einddatum, line.Ingangsdatum));
            }
        }

        if (bericht is Bericht301)
        {
            foreach (var (path, contact) in ClassPaths.Of<Contact>(bericht))
            {
                if (contact.Periode is { Begindatum: { } begindatum, Einddatum: { } einddatum } && einddatum < begindatum)
                {
                    yield return At(path + "/Periode/Einddatum", Detail("Einddatum", einddatum, begindatum));
                }
            }
        }
    }

    private static string Detail(string element, DateOnly einddatum, DateOnly begindatum) =>
        string.Create(CultureInfo.InvariantCulture, $"{element} {einddatum:yyyy-MM-dd} is before the begin date {begindatum:yyyy-MM-dd}");
}
