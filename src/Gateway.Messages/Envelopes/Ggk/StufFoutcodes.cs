namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// The StUF 03.01 codes that appear on the GGk link: in the gateway's Fo01s and Fo03s, and in the hub's. StUF001
/// ("versie StUF niet ondersteund" in StUF) is what the gateway answers for any envelope it cannot take from the sender;
/// the meaning given here is that use. The IB codes of the hub are <see cref="GgkFoutcodes"/>.
/// </summary>
public static class StufFoutcodes
{
    private static readonly StufFoutcode[] All =
    [
        new(
            "StUF001",
            new(
                "Fo03 van de gateway: de envelop is niet aangenomen (geen SOAP-content-type, groter dan de limiet, onleesbaar of een berichtcode die hier niet past). In StUF 03.01: versie StUF niet ondersteund.",
                "Fo03 from the gateway: the envelope was not taken (not a SOAP content type, larger than the limit, unreadable, or a berichtcode not accepted here). In StUF 03.01: StUF version not supported."),
            new(
                "Lees de omschrijving van de Fo03: die noemt het element en wat er mis is. Herstel de envelop en stuur hem opnieuw.",
                "Read the Fo03's omschrijving: it names the element and what is wrong. Correct the envelope and send it again.")),
        new(
            "StUF037",
            new(
                "Functie niet ondersteund: de functie van de envelop is een bericht van release 2.x (JW303, WMO304 …); release 3.0 verving 303 door 323 en 304 door 325.",
                "Functie not supported: the envelope's functie is a message of release 2.x (JW303, WMO304 …); release 3.0 replaced 303 by 323 and 304 by 325."),
            new(
                "Stuur een declaratie als 323 (functie JW323/WMO323) van release 3.2 en een declaratie-antwoord als 325.",
                "Send a declaration as a 323 (functie JW323/WMO323) of release 3.2 and a declaration answer as a 325.")),
        new(
            "StUF055",
            new(
                "Fo01: het bericht is geweigerd op niveau 1 (de body is niet conform het schema: onleesbaar, niet UTF-8, te groot of niet XSD-valide) of de afzender mag het niet sturen; er komt geen retour.",
                "Fo01: the message was refused at level 1 (the body is not conform the schema: unreadable, not UTF-8, too large or not XSD-valid) or its sender may not send it; there is no retour."),
            new(
                "Lees de omschrijving van de Fo01, herstel het bericht en stuur het opnieuw met een nieuwe Identificatie en een nieuw referentienummer.",
                "Read the Fo01's omschrijving, correct the message and send it again with a new Identificatie and a new referentienummer.")),
        new(
            "StUF058",
            new(
                "Fo03: het proces voor het afhandelen van het bericht geeft een fout (tijdelijk: de gateway kon het niet opslaan of is bezet, of een storing in de keten).",
                "Fo03: the process handling the message failed (temporarily: the gateway could not store it or is busy, or the chain has an outage)."),
            new(
                "Niets aan het bericht veranderen: stuur dezelfde envelop later opnieuw (de hub doet dat zelf; de gateway ook).",
                "Change nothing in the message: send the same envelope again later (the hub does so itself, and so does the gateway).")),
    ];

    /// <summary>Every StUF code the link uses.</summary>
    public static IReadOnlyList<StufFoutcode> Codes => All;

    /// <summary>The code, or null when it is not one of <see cref="Codes"/>.</summary>
    public static StufFoutcode? Find(string code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
