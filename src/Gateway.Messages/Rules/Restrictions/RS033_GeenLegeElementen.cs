using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// RS033: no empty elements. The XSD refuses an empty or blank value for nearly every element (minLength 1 and a
/// not-blank pattern on the strings; enumerations, numbers and dates cannot be empty; composites with a required
/// child cannot be empty). It lets through what this rule checks on the model: a composite whose children are all
/// optional written empty (Adres, Periode of a Contact), and the strings that have minLength 1 but no not-blank
/// pattern (ReferentieNummer, VorigReferentieNummer, the DeclaratieNummer of a 325) holding only white space.
/// </summary>
internal sealed class RS033_GeenLegeElementen : MessageRule
{
    public override string Code => "RS033";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.All;

    public override RuleText Meaning { get; } = new(
        "Een bericht bevat geen lege elementen.",
        "A message contains no empty elements.");

    public override RuleText Fix { get; } = new(
        "Laat een element weg als er geen waarde is, in plaats van het leeg of met alleen spaties op te nemen.",
        "Leave an element out when there is no value, instead of sending it empty or with spaces only.");

    /// <summary>Not fully: the schema leaves the gaps named above to this rule.</summary>
    public override bool EnforcedBySchema => false;

    public override IEnumerable<RuleViolation> Check(Bericht bericht) =>
        ClassPaths.Of(bericht).SelectMany(c => c.Record switch
        {
            Contact contact => CheckContact(c.Path, contact),
            Prestatie prestatie => CheckPrestatie(c.Path, prestatie),
            DeclaratieAntwoord antwoord when XsdWhiteSpace.IsBlank(antwoord.DeclaratieNummer) =>
                [At(c.Path + "/DeclaratieNummer", "DeclaratieNummer holds only white space")],
            _ => [],
        });

    private static IEnumerable<RuleViolation> CheckContact(string path, Contact contact)
    {
        if (contact.Adres is { Huis: null, Postcode: null, Straatnaam: null, Plaatsnaam: null, LandCode: null })
        {
            yield return At(path + "/Adres", "Adres is present but empty");
        }

        if (contact.Periode is { Begindatum: null, Einddatum: null })
        {
            yield return At(path + "/Periode", "Periode is present but empty");
        }
    }

    private static IEnumerable<RuleViolation> CheckPrestatie(string path, Prestatie prestatie)
    {
        if (XsdWhiteSpace.IsBlank(prestatie.ProductReferentie.ReferentieNummer))
        {
            yield return At(path + "/ProductReferentie/ReferentieNummer", "ReferentieNummer holds only white space");
        }

        if (prestatie.ProductReferentie.VorigReferentieNummer is { } vorig && XsdWhiteSpace.IsBlank(vorig))
        {
            yield return At(path + "/ProductReferentie/VorigReferentieNummer", "VorigReferentieNummer holds only white space");
        }
    }
}
