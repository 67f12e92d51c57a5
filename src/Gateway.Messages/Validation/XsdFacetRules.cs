using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// Which rule of the standard an XSD facet implements, so a level-1 XSD issue can name it
/// (ValidationIssue.Rule). Follows the table "Level-2 rules that the XSD already enforces" in
/// schemas/README.md. Kept in code, not read from the README, because an operator may deploy the
/// official XSDs (same type names) without our README. Element entries win over type entries; types
/// are looked up along the base-type chain (anonymous restrictions in message schemas).
/// </summary>
internal static class XsdFacetRules
{
    private static readonly Dictionary<(string Name, string Facet), string> ByElement = new()
    {
        [("BerichtCode", "Pattern")] = "RS047",
        [("BerichtVersie", "Pattern")] = "CS025",
        [("BerichtSubversie", "Pattern")] = "CS015",
        [("DeclaratieNummer", "Pattern")] = "CS319",
    };

    private static readonly Dictionary<(string Name, string Facet), string> ByType = Build();

    /// <summary>The rule, or null when the facet implements no named rule (code lists, structure) or is unknown.</summary>
    public static string? Find(string? elementName, XmlSchemaType? type, string? facet)
    {
        if (facet is null)
        {
            return null;
        }

        if (elementName is not null && ByElement.TryGetValue((elementName, facet), out var rule))
        {
            return rule;
        }

        for (var t = type; t is not null; t = t.BaseXmlSchemaType)
        {
            if (!t.QualifiedName.IsEmpty && ByType.TryGetValue((t.QualifiedName.Name, facet), out rule))
            {
                return rule;
            }
        }

        return null;
    }

    private static Dictionary<(string, string), string> Build()
    {
        var map = new Dictionary<(string, string), string>();
        void Add(string facet, string rule, params string[] types)
        {
            foreach (var type in types)
            {
                map[(type, facet)] = rule;
            }
        }

        Add("MaxLength", "RS010", "LDT_BerichtCode");
        Add("MinInclusive", "RS001", "LDT_BerichtVersie", "LDT_BerichtSubversie", "LDT_RelatieVolgorde", "LDT_Bedrag", "LDT_Budget", "LDT_Volume", "LDT_Nummer", "LDT_Huisnummer", "LDT_TotaalBedrag");
        Add("MaxInclusive", "RS002", "LDT_BerichtVersie", "LDT_BerichtSubversie", "LDT_RelatieVolgorde");
        Add("MaxLength", "RS017", "LDT_IdentificatieDeclaratie", "LDT_IdentificatieBericht");
        Add("Pattern", "RS032", "LDT_Datum");
        Add("Pattern", "RS034", "LDT_Tijd");
        Add("MinLength", "RS031", "LDT_Commentaar");
        Add("Pattern", "RS031", "LDT_Commentaar");
        Add("Pattern", "RS045", "LDT_Voorletters");
        Add("MaxLength", "RS013", "LDT_Voorletters");
        Add("Pattern", "RS037", "LDT_BurgerServicenummer");
        Add("MaxLength", "RS015", "LDT_BurgerServicenummer");
        Add("Pattern", "RS035", "LDT_Gemeente");
        Add("Pattern", "RS036", "LDT_AgbCode");
        Add("MaxLength", "RS014", "LDT_AgbCode", "LDT_Postcode");
        Add("Pattern", "RS046", "LDT_Telefoonnummer");
        Add("MaxLength", "RS018", "LDT_Telefoonnummer");
        Add("Pattern", "RS048", "LDT_Versie");
        string[] notEmpty = ["LDT_IdentificatieBericht", "LDT_Naam", "LDT_Voorvoegsel", "LDT_Taal", "LDT_Huisletter", "LDT_HuisnummerToevoeging", "LDT_Postcode", "LDT_Straatnaam", "LDT_Plaatsnaam", "LDT_Organisatienaam", "LDT_Landnummer", "LDT_Emailadres", "LDT_Persoonsid", "LDT_Referentie", "LDT_ProductCode", "LDT_NaamVerwijzer"];
        Add("MinLength", "RS033", notEmpty);
        Add("Pattern", "RS033", notEmpty);
        Add("MaxLength", "RS008", "LDT_Geslacht", "LDT_DatumGebruik", "LDT_NaamGebruik", "LDT_Communicatievorm", "LDT_Frequentie", "LDT_JaNee", "LDT_StatusAanlevering", "LDT_DebetCredit", "LDT_RedenVerzoek", "LDT_VerzoekAntwoord", "LDT_Huisletter");
        Add("MaxLength", "RS009", "LDT_JuridischeStatus", "LDT_WettelijkeVertegenwoordiging", "LDT_AdresSoort", "LDT_AanduidingWoonadres", "LDT_LandCode", "LDT_SoortRelatie", "LDT_ProductCategorie", "LDT_RedenWijziging", "LDT_Eenheid", "LDT_RedenBeeindiging", "LDT_TypeVerwijzer", "LDT_RedenAfwijzingVerzoek");
        Add("MaxLength", "RS011", "LDT_RetourCode", "LDT_HuisnummerToevoeging", "LDT_Landnummer");
        Add("MaxLength", "RS012", "LDT_ProductCode");
        Add("MaxLength", "RS016", "LDT_Voorvoegsel");
        Add("MaxLength", "RS019", "LDT_Persoonsid", "LDT_ReferentieNummer");
        Add("MaxLength", "RS020", "LDT_Straatnaam");
        Add("MaxLength", "RS021", "LDT_Taal");
        Add("MaxLength", "RS023", "LDT_Organisatienaam");
        Add("MaxLength", "RS024", "LDT_Referentie");
        Add("MaxLength", "RS025", "LDT_NaamVerwijzer");
        Add("MaxLength", "RS026", "LDT_Plaatsnaam", "LDT_Emailadres");
        Add("MaxLength", "RS028", "LDT_Naam");
        Add("MaxInclusive", "RS004", "LDT_Huisnummer");
        Add("MaxInclusive", "RS005", "LDT_Bedrag", "LDT_Budget", "LDT_Volume");
        Add("MaxInclusive", "RS006", "LDT_Nummer");
        Add("MaxInclusive", "RS040", "LDT_TotaalBedrag");
        return map;
    }
}
