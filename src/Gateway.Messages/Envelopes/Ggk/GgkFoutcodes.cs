namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// The Fo01 codes of the GGk chain (both generations) with a classification for the retry policy.
/// Choices: IB103 (freeze) is transient; size, schema, authorisation, routing and unknown organisations are
/// permanent (sending the same envelope again cannot fix them); IB216 (2017) and IB016 (2025): referentienummer not unique
/// mean an earlier attempt of the same envelope arrived — we always send a delivery with the same
/// referentienummer, so we count it as delivered rather than dead-letter a message the hub has.
/// IB019/IB020 (a 325 already submitted) stay permanent: it may be a different 325, an operator must look.
/// A code on neither list is classed permanent: an operator sees it at once instead of after the horizon.
/// </summary>
public static class GgkFoutcodes
{
    private static readonly GgkFoutcode[] All =
    [
        V("StUF055", "Body niet conform schema (payload niet XSD-valide)", "Body not conform the schema (payload not XSD-valid)", GgkFoutClass.Permanent),
        V("IB002", "Organisatie niet geautoriseerd", "Organisation not authorised", GgkFoutClass.Permanent),
        V("IB007", "Bericht groter dan 25 MB", "Message larger than 25 MB", GgkFoutClass.Permanent),
        V("IB009", "(Cross)referentienummer is geen geldige UUID v4", "(Cross)referentienummer is not a valid UUID v4", GgkFoutClass.Permanent),
        V("IB101", "Geen geldige CPA voor organisatie en berichttype", "No valid CPA for the organisation and message type", GgkFoutClass.Permanent),
        V("IB102", "Geen routering voor organisatie en berichttype", "No routing for the organisation and message type", GgkFoutClass.Permanent),
        V("IB103", "Berichttype tijdelijk geblokkeerd (freeze)", "Message type temporarily blocked (freeze)", GgkFoutClass.Transient),
        V("IB210", "Ontvangende organisatie onbekend", "Receiving organisation unknown", GgkFoutClass.Permanent),
        V("IB213", "Verzendende organisatie onbekend", "Sending organisation unknown", GgkFoutClass.Permanent),
        V("IB216", "Combinatie zender en referentienummer niet uniek", "Combination of sender and referentienummer not unique", GgkFoutClass.AlreadyDelivered),
        V("IB234", "Combinatie functie en organisatie niet toegestaan", "Combination of functie and organisation not allowed", GgkFoutClass.Permanent),
        V("IB240", "Combinatie berichtcode en functie niet toegestaan", "Combination of berichtcode and functie not allowed", GgkFoutClass.Permanent),
        V("IB798", "StUF-versie wijkt af van de configuratie", "StUF version differs from the configuration", GgkFoutClass.Permanent),
        V("RIN001", "Envelop niet XSD-valide (RINIS)", "Envelope not XSD-valid (RINIS)", GgkFoutClass.Permanent),

        B("IB001", "Bericht (envelop) voldoet niet aan de XSD", "Message (envelope) does not match the XSD", GgkFoutClass.Permanent),
        B("IB002", "Verzendende organisatie niet geautoriseerd voor het GGk", "Sending organisation not authorised for the GGk", GgkFoutClass.Permanent),
        B("IB003", "Bericht groter dan de toegestane 25 MB", "Message larger than the allowed 25 MB", GgkFoutClass.Permanent),
        B("IB004", "Functie wordt niet ondersteund", "Functie not supported", GgkFoutClass.Permanent),
        B("IB005", "Gemeentecode onbekend bij het GGk", "Gemeentecode unknown to the GGk", GgkFoutClass.Permanent),
        B("IB006", "Zendend systeem niet geautoriseerd voor berichtcode, entiteittype en functie", "Sending system not authorised for berichtcode, entiteittype and functie", GgkFoutClass.Permanent),
        B("IB007", "Combinatie functie en organisatie niet toegestaan", "Combination of functie and organisation not allowed", GgkFoutClass.Permanent),
        B("IB008", "Indienende partij heeft niet de juiste rol (VECOZO)", "Submitting party does not have the right role (VECOZO)", GgkFoutClass.Permanent),
        B("IB009", "Geen toestemmingsverklaring van de afzender (VECOZO)", "No toestemmingsverklaring (consent) from the sender (VECOZO)", GgkFoutClass.Permanent),
        B("IB010", "Geadresseerde niet aangesloten bij VECOZO of AGB onjuist", "Addressee not connected to VECOZO, or AGB code wrong", GgkFoutClass.Permanent),
        B("IB011", "Geadresseerde heeft niet de juiste rol (VECOZO)", "Addressee does not have the right role (VECOZO)", GgkFoutClass.Permanent),
        B("IB012", "Payload groter dan 25 MB (VECOZO)", "Payload larger than 25 MB (VECOZO)", GgkFoutClass.Permanent),
        B("IB013", "Bestand bevat een virus (VECOZO)", "File contains a virus (VECOZO)", GgkFoutClass.Permanent),
        B("IB014", "Payload voldoet niet aan de XSD (VECOZO)", "Payload does not match the XSD (VECOZO)", GgkFoutClass.Permanent),
        B("IB015", "Niet-toegestane persoonsgegevens (VECOZO, testomgeving)", "Personal data not allowed (VECOZO, test environment)", GgkFoutClass.Permanent),
        B("IB016", "Referentienummer niet uniek (VECOZO/CAK)", "Referentienummer not unique (VECOZO/CAK)", GgkFoutClass.AlreadyDelivered),
        B("IB017", "Applicatiegegevens niet of onjuist gevuld (VECOZO)", "Application data missing or wrong (VECOZO)", GgkFoutClass.Permanent),
        B("IB018", "Applicatiegegevens niet of onjuist gevuld (VECOZO)", "Application data missing or wrong (VECOZO)", GgkFoutClass.Permanent),
        B("IB019", "Declaratie-antwoord al ingediend (VECOZO)", "Declaratie-antwoord already submitted (VECOZO)", GgkFoutClass.Permanent),
        B("IB020", "Declaratie-antwoord al ingediend (VECOZO)", "Declaratie-antwoord already submitted (VECOZO)", GgkFoutClass.Permanent),
        B("IB021", "AlsAntwoordOp niet gevuld (VECOZO)", "AlsAntwoordOp not filled (VECOZO)", GgkFoutClass.Permanent),
        B("IB022", "AlsAntwoordOp niet gevuld (VECOZO)", "AlsAntwoordOp not filled (VECOZO)", GgkFoutClass.Permanent),
        B("IB023", "Functie is niet actief", "Functie is not active", GgkFoutClass.Permanent),
        B("IB901", "Geen geldig ZIP-bestand", "Not a valid ZIP file", GgkFoutClass.Permanent),
        B("IB902", "ZIP-bestand bevat te veel bestanden", "ZIP file contains too many files", GgkFoutClass.Permanent),
        B("IB903", "ZIP-bestand met wachtwoord", "ZIP file with a password", GgkFoutClass.Permanent),
        B("IB904", "Bestand in ZIP groter dan 25 MB", "File in the ZIP larger than 25 MB", GgkFoutClass.Permanent),
        B("IB905", "ZIP-bestand bevat te weinig bestanden", "ZIP file contains too few files", GgkFoutClass.Permanent),
    ];

    /// <summary>Every code of both generations.</summary>
    public static IReadOnlyList<GgkFoutcode> Codes => All;

    /// <summary>The entries for a code (one per generation it appears in; none for an unknown code).</summary>
    public static IReadOnlyList<GgkFoutcode> Lookup(string code) =>
        All.Where(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>
    /// The class of a code. Where the generations disagree the 2025 (BIDN) meaning wins, except that any
    /// generation saying "transient" or "already delivered" is honoured over "permanent".
    /// </summary>
    public static GgkFoutClass Classify(string code)
    {
        var entries = Lookup(code);
        if (entries.Count == 0)
        {
            return GgkFoutClass.Permanent;
        }

        if (entries.Any(e => e.Class == GgkFoutClass.Transient))
        {
            return GgkFoutClass.Transient;
        }

        return entries.Any(e => e.Class == GgkFoutClass.AlreadyDelivered) ? GgkFoutClass.AlreadyDelivered : GgkFoutClass.Permanent;
    }

    /// <summary>A readable text for a code: the 2025 text if known, else the 2017 one, else "unknown".</summary>
    public static string Describe(string code)
    {
        var entries = Lookup(code);
        var best = entries.FirstOrDefault(e => e.Generation == GgkFoutcodeGeneration.Bidn2025) ?? entries.FirstOrDefault();
        return best?.Omschrijving ?? "Onbekende foutcode";
    }

    private static GgkFoutcode V(string code, string text, string english, GgkFoutClass @class) => new(code, GgkFoutcodeGeneration.Vng2017, text, @class) { OmschrijvingEn = english };

    private static GgkFoutcode B(string code, string text, string english, GgkFoutClass @class) => new(code, GgkFoutcodeGeneration.Bidn2025, text, @class) { OmschrijvingEn = english };
}
