using System.Text;
using Gateway.Messages.Schemas;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>A small valid JW301 (two toegewezen producten) and the validator for the checked-in packs.</summary>
internal static class Jw301Document
{
    public const string Namespace = "http://www.istandaarden.nl/ijw/3_2/jw301/schema";

    /// <summary>A BSN that passes the 11-proef, used to check it is never echoed.</summary>
    public const string CanaryBsn = "999990019";

    private static readonly Lazy<SchemaCatalog> Catalog = new(() => SchemaPackLoader.LoadCached(RepoPaths.Schemas));

    public static SchemaCatalog Schemas => Catalog.Value;

    public static Level1Validator Validator(Level1Options? options = null) => new(Schemas, options);

    public const string Valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <jw301:Bericht xmlns:jw301="http://www.istandaarden.nl/ijw/3_2/jw301/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
          <jw301:Header>
            <jw301:BerichtCode>436</jw301:BerichtCode>
            <jw301:BerichtVersie>3</jw301:BerichtVersie>
            <jw301:BerichtSubversie>2</jw301:BerichtSubversie>
            <jw301:Afzender>0363</jw301:Afzender>
            <jw301:Ontvanger>12345678</jw301:Ontvanger>
            <jw301:BerichtIdentificatie>
              <ijw:Identificatie>B000001</ijw:Identificatie>
              <ijw:Dagtekening>2026-01-15</ijw:Dagtekening>
            </jw301:BerichtIdentificatie>
            <jw301:XsdVersie>
              <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
              <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
            </jw301:XsdVersie>
          </jw301:Header>
          <jw301:Client>
            <jw301:Bsn>999990019</jw301:Bsn>
            <jw301:Geboortedatum>
              <ijw:Datum>2012-05-01</ijw:Datum>
            </jw301:Geboortedatum>
            <jw301:Geslacht>1</jw301:Geslacht>
            <jw301:Naam>
              <ijw:Geslachtsnaam>
                <ijw:Achternaam>Jansen</ijw:Achternaam>
              </ijw:Geslachtsnaam>
              <ijw:NaamGebruik>1</ijw:NaamGebruik>
            </jw301:Naam>
            <jw301:Contactgegevens>
              <jw301:Contact>
                <jw301:Soort>01</jw301:Soort>
              </jw301:Contact>
            </jw301:Contactgegevens>
            <jw301:ToegewezenProducten>
              <jw301:ToegewezenProduct>
                <jw301:ToewijzingNummer>1</jw301:ToewijzingNummer>
                <jw301:Toewijzingsdatum>2026-01-10</jw301:Toewijzingsdatum>
                <jw301:Toewijzingstijd>10:00:00</jw301:Toewijzingstijd>
                <jw301:Ingangsdatum>2026-02-01</jw301:Ingangsdatum>
                <jw301:Einddatum>2026-12-31</jw301:Einddatum>
              </jw301:ToegewezenProduct>
              <jw301:ToegewezenProduct>
                <jw301:ToewijzingNummer>2</jw301:ToewijzingNummer>
                <jw301:Toewijzingsdatum>2026-01-10</jw301:Toewijzingsdatum>
                <jw301:Toewijzingstijd>10:00:00</jw301:Toewijzingstijd>
                <jw301:Ingangsdatum>2026-02-01</jw301:Ingangsdatum>
                <jw301:Einddatum>2026-11-30</jw301:Einddatum>
              </jw301:ToegewezenProduct>
            </jw301:ToegewezenProducten>
          </jw301:Client>
        </jw301:Bericht>
        """;

    public static byte[] Bytes(string xml) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);

    /// <summary>1-based line of the first line containing <paramref name="text"/>.</summary>
    public static int LineOf(string xml, string text, int occurrence = 1)
    {
        var lines = xml.Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal) && ++seen == occurrence)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException(text + " not found");
    }
}
