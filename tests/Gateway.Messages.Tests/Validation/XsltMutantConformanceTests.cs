using System.Text;
using System.Xml.Linq;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>
/// Conformance with the official level-2 XSLTs of release 3.2 (iJw "alle regels JW 3.2.xsl" and iWmo
/// "all_merged.xsl", both 2.10.5) on schema-valid mutants of our samples. Each mutant changes a sample in one or two
/// places; the codes it expects were read by hand from the XSLT's templates, with the reason beside them (the XSLT
/// is never run here). A mutant must pass level 1, so the level-2 codes are compared on a message the gateway reads.
/// </summary>
/// <remarks>
/// Elements are found by local name in document order; an index counts from 1, a negative index from the end. Kept
/// differences (TR319 at level 3, RS033 absent from the XSLT) are not exercised here.
/// </remarks>
public sealed class XsltMutantConformanceTests
{
    private const string Jw301 = "ijw/jw301-toewijzing.xml";
    private const string Jw305 = "ijw/jw305-start.xml";
    private const string Jw307 = "ijw/jw307-stop.xml";
    private const string Jw315 = "ijw/jw315-verzoek-om-toewijzing.xml";
    private const string Jw317 = "ijw/jw317-verzoek-om-wijziging.xml";
    private const string Jw319Onderzoek = "ijw/jw319-antwoord-in-onderzoek.xml";
    private const string Jw319Woonplaats = "ijw/jw319-antwoord-woonplaatsbeginsel.xml";
    private const string Jw323 = "ijw/jw323-declaratie.xml";
    private const string Wmo301 = "iwmo/wmo301-toewijzing.xml";
    private const string Wmo315 = "iwmo/wmo315-verzoek-om-toewijzing.xml";
    private const string Wmo317 = "iwmo/wmo317-verzoek-om-wijziging.xml";

    private const string NieuwProduct4548 =
        "<jw317:NieuwProduct><jw317:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A48</ijw:Code></jw317:Product>"
        + "<jw317:GewensteIngangsdatum>2027-03-01</jw317:GewensteIngangsdatum><jw317:Einddatum>2027-06-30</jw317:Einddatum>"
        + "<jw317:Omvang><ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie></jw317:Omvang></jw317:NieuwProduct>";

    private static readonly Lazy<MessageValidator> Validator =
        new(() => new MessageValidator(new MessagesOptions { SchemaRoot = RepoPaths.Schemas }));

    private static readonly Mutant[] Mutants =
    [
        // 301: addresses (CD005, CD025, CD034, CS089, TR006, TR061)
        new("301-postcode-space", Jw301, "CS089", "CS089: LandCode NL, Postcode '3511 NR' fails pattern 1000ZZ", Set("Postcode", "3511 NR", 2)),
        new("301-postcode-leading-zero", Jw301, "CS089", "CS089: pattern digit '1' is 1-9, so 0511NR fails", Set("Postcode", "0511NR", 2)),
        new("301-postcode-digit-for-letter", Jw301, "CS089", "CS089: fifth character must be a letter", Set("Postcode", "35114R", 2)),
        new("301-postcode-lower-case", Jw301, "", "CS089: pattern 'Z' takes either case, 3511nr passes", Set("Postcode", "3511nr", 2)),
        new("301-client-postcode-removed", Jw301, "CD005 CD034 CS089", "CD005 LandCode without Postcode; CD034 Soort 01 needs Postcode; CS089 empty fails the pattern", Remove("Postcode", 2)),
        new("301-relatie-postcode-removed", Jw301, "CD005 CD034 CS089", "the Relatie's Contact is an n6:Contact too: CD005, CD034, CS089", Remove("Postcode", 1)),
        new("301-client-landcode-removed", Jw301, "CD005", "CD005 Postcode without LandCode; CS089 and CD025 match LandCode, so they are silent", Remove("LandCode", 2)),
        new("301-client-landcode-be", Jw301, "", "CS089 and CD025 only for NL; CD005 both present", Set("LandCode", "BE", 2)),
        new("301-client-huis-removed", Jw301, "CD025", "CD025 LandCode NL needs Huis/Huisnummer; TR006 satisfied by Telefoon", Remove("Huis", 2)),
        new("301-client-huis-and-telefoon-removed", Jw301, "CD025 TR006", "CD025; TR006 checkSingleCorrect Telefoon or Huis fails", Remove("Huis", 2), Remove("Telefoon", 2)),
        new("301-client-telefoon-removed", Jw301, "", "TR006: Huis and Postcode present", Remove("Telefoon", 2)),
        new("301-client-postcode-and-telefoon-removed", Jw301, "CD005 CD034 CS089 TR006", "CD005, CD034, CS089; TR006 Telefoon or Postcode fails", Remove("Postcode", 2), Remove("Telefoon", 2)),
        new("301-client-contact-soort-04", Jw301, "TR061", "TR061: Contactgegevens without Soort 01/02/03", Set("Soort", "04", 3)),
        new("301-client-contact-soort-02", Jw301, "", "Soort 02 satisfies TR061; CD034 is only for 01 and 03", Set("Soort", "02", 3)),
        new("301-client-contact-soort-03", Jw301, "", "Soort 03 satisfies TR061; CD034 satisfied by the Postcode", Set("Soort", "03", 3)),
        new("301-relatie-contact-soort-04", Jw301, "", "TR061 looks at the client's Contactgegevens only", Set("Soort", "04", 2)),
        new("301-client-contact-soort-04-without-postcode", Jw301, "CD005 CS089 TR061", "TR061; CD005 and CS089 on the Adres; CD034 not for Soort 04", Set("Soort", "04", 3), Remove("Postcode", 2)),
        new("301-client-contact-twice", Jw301, "TR101", "TR101generic n6:Contact keyed on Soort", Clone("Contact", 2)),
        new("301-client-contact-twice-other-soort", Jw301, "", "two Contacts with Soort 01 and 02: distinct keys", Clone("Contact", 2), Set("Soort", "02", 4)),
        new("301-relatie-twice", Jw301, "TR101", "TR101generic n6:Relatie keyed on Nummer", Clone("Relatie", 1)),
        new("301-relatie-twice-other-nummer", Jw301, "", "distinct Relatie Nummers", Clone("Relatie", 1), Set("Nummer", "REL-0344-000872", 2)),

        // 301: names and birth dates (CS050, CS318, CS139, TR002, TR134)
        new("301-naamgebruik-2-without-partner", Jw301, "CS050", "CS050: without Partnernaam only 1 or 6", Set("NaamGebruik", "2", 1)),
        new("301-naamgebruik-6", Jw301, "CS318", "CS318: client NaamGebruik 6; CS050 allows 6 without Partnernaam in iJw", Set("NaamGebruik", "6", 1)),
        new("301-relatie-naamgebruik-6", Jw301, "", "CS318 matches Client/Naam only; CS050 allows 6", Set("NaamGebruik", "6", 2)),
        new("301-relatie-naamgebruik-3", Jw301, "CS050", "CS050 on the Relatie's NaamGebruik", Set("NaamGebruik", "3", 2)),
        new("301-birth-1900", Jw301, "TR002", "TR002: more than 120 years before Dagtekening 2026-08-26", Set("Datum", "1900-05-05")),
        new("301-birth-unknown", Jw301, "", "TR002 exempts DatumGebruik 3 with 1900-01-01; CS139 agrees", Set("Datum", "1900-01-01"), InsertAfter("Datum", "DatumGebruik", "3")),
        new("301-birth-datumgebruik-1-wrong-day", Jw301, "CS139", "CS139: DatumGebruik 1 needs day 01", InsertAfter("Datum", "DatumGebruik", "1")),
        new("301-birth-datumgebruik-1-first-day", Jw301, "", "CS139: day 01 fits DatumGebruik 1", Set("Datum", "2014-03-01"), InsertAfter("Datum", "DatumGebruik", "1")),
        new("301-birth-datumgebruik-2-wrong-month", Jw301, "CS139", "CS139: DatumGebruik 2 needs 01-01", Set("Datum", "2014-03-01"), InsertAfter("Datum", "DatumGebruik", "2")),
        new("301-birth-datumgebruik-2-first-january", Jw301, "", "CS139: 01-01 fits DatumGebruik 2", Set("Datum", "2014-01-01"), InsertAfter("Datum", "DatumGebruik", "2")),
        new("301-birth-datumgebruik-3-known-date", Jw301, "CS139", "CS139: DatumGebruik 3 needs 1900-01-01", InsertAfter("Datum", "DatumGebruik", "3")),
        new("301-birth-after-dagtekening", Jw301, "TR134", "TR134 on n6:Client/Geboortedatum/Datum", Set("Datum", "2026-08-27")),
        new("301-birth-on-dagtekening", Jw301, "", "TR134 allows equal to Dagtekening", Set("Datum", "2026-08-26")),
        new("301-bsn-elfproef", Jw301, "CS002", "CS002 check11proef on Bsn", Set("Bsn", "999990185")),

        // 301: products (CS003, CD041, CD075-CD080, CS335, CS336, CS338, TR101, TR134, TR302)
        new("301-toewijzingsdatum-after-dagtekening", Jw301, "TR134", "TR134 on ToegewezenProduct/Toewijzingsdatum", Set("Toewijzingsdatum", "2026-08-27", 1)),
        new("301-toewijzingsdatum-on-dagtekening", Jw301, "", "TR134 checkafter allows equal", Set("Toewijzingsdatum", "2026-08-26", 1)),
        new("301-einddatum-before-ingangsdatum", Jw301, "CS003", "CS003 checkafter Einddatum >= Ingangsdatum", Set("Einddatum", "2026-08-31", 1)),
        new("301-einddatum-on-ingangsdatum", Jw301, "", "CS003 allows equal", Set("Einddatum", "2026-09-01", 1)),
        new("301-einddatum-removed-per-week", Jw301, "CD076", "CD076: Frequentie 2 needs Einddatum", Remove("Einddatum", 1)),
        new("301-omvang-removed", Jw301, "CD041", "CD041: Product/Code filled needs Omvang", Remove("Omvang", 1)),
        new("301-budget-with-omvang", Jw301, "CD077 CD078", "CD077 on Budget (Omvang present), CD078 on Omvang (Budget present)", InsertAfter("Omvang", "Budget", "100000", 1)),
        new("301-budget-with-omvang-open-end", Jw301, "CD075 CD077 CD078", "CD075 Budget needs Einddatum; CD077 and CD078", InsertAfter("Omvang", "Budget", "100000", 2)),
        new("301-code-removed", Jw301, "CD080", "CD080: Omvang without Code, Einddatum after 2020", Remove("Code", 1)),
        new("301-code-removed-open-end", Jw301, "CD080", "CD080: the second product has an Omvang, no Code and an open end", Remove("Code", 2)),
        new("301-eenheid-etmaal-per-dag", Jw301, "CS338", "CS338: Eenheid 14 needs Frequentie 2, 4 or 6", Set("Eenheid", "14", 1), Set("Frequentie", "1", 1)),
        new("301-eenheid-etmaal-per-maand", Jw301, "", "CS338: Frequentie 4 fits Eenheid 16", Set("Eenheid", "16", 2)),
        new("301-redenwijziging-01", Jw301, "CS336", "CS336: RedenWijziging 01 not allowed", InsertAfter("Einddatum", "RedenWijziging", "01", 1)),
        new("301-redenwijziging-13-other-dates", Jw301, "CS335", "CS335: RedenWijziging 13 needs Ingangsdatum = Einddatum", InsertAfter("Einddatum", "RedenWijziging", "13", 1)),
        new("301-redenwijziging-13-equal-dates", Jw301, "", "CS335 holds", Set("Einddatum", "2026-09-01", 1), InsertAfter("Einddatum", "RedenWijziging", "13", 1)),
        new("301-toewijzingnummer-twice", Jw301, "TR101", "TR101generic ToegewezenProduct keyed on ToewijzingNummer", Set("ToewijzingNummer", "20260001", 2)),
        new("301-same-product-overlapping", Jw301, "TR302", "TR302: same Categorie and Code, periods overlap", Set("Categorie", "45", 2), Set("Code", "45A48", 2)),
        new("301-same-product-after", Jw301, "", "TR302: second period starts after the first ends", Set("Categorie", "45", 2), Set("Code", "45A48", 2), Set("Ingangsdatum", "2027-03-01", 2)),
        new("301-same-categorie-no-code", Jw301, "CD080 TR302", "TR302: a product without Code competes with its Categorie; CD080 Omvang without Code", Set("Categorie", "45", 2), Remove("Code", 2)),
        new("301-product-twice", Jw301, "TR101 TR302", "TR101 same ToewijzingNummer; TR302 same product overlapping", Clone("ToegewezenProduct", 1)),
        new("301-product-twice-new-nummer", Jw301, "TR302", "TR302 only", Clone("ToegewezenProduct", 1), Set("ToewijzingNummer", "20260003", 2)),
        new("301-product-twice-deleted", Jw301, "", "ignoreForTR302: RedenWijziging 13 with Ingangsdatum = Einddatum", Clone("ToegewezenProduct", 1), Set("ToewijzingNummer", "20260003", 2), Set("Einddatum", "2026-09-01", 2), InsertAfter("Einddatum", "RedenWijziging", "13", 2)),
        new("301-dagtekening-later", Jw301, "", "no date rule fires on a later Dagtekening", Set("Dagtekening", "2026-12-01")),

        // 305
        new("305-begindatum-after-dagtekening", Jw305, "TR134", "TR134 on n3:StartProduct/Begindatum (Dagtekening 2026-09-04)", Set("Begindatum", "2026-09-05", 1)),
        new("305-begindatum-on-dagtekening", Jw305, "", "TR134 allows equal", Set("Begindatum", "2026-09-04", 1)),
        new("305-status-2", Jw305, "CS058", "CS058: StatusAanlevering 1 or 3", Set("StatusAanlevering", "2", 1)),
        new("305-status-3", Jw305, "", "CS058 allows 3", Set("StatusAanlevering", "3", 1)),
        new("305-startproduct-twice", Jw305, "TR101", "TR101generic n3:StartProduct on Begindatum, Product, ToewijzingNummer", Clone("StartProduct", 1)),
        new("305-startproduct-twice-other-begindatum", Jw305, "", "distinct Begindatum", Clone("StartProduct", 1), Set("Begindatum", "2026-09-02", 2)),
        new("305-startproduct-twice-other-nummer", Jw305, "", "distinct ToewijzingNummer", Clone("StartProduct", 1), Set("ToewijzingNummer", "20260009", 2)),
        new("305-bsn-elfproef", Jw305, "CS002", "CS002", Set("Bsn", "123456789")),
        new("305-birth-1900", Jw305, "TR002", "TR002 on the 305's Geboortedatum", Set("Datum", "1900-05-05")),
        new("305-birth-after-dagtekening", Jw305, "TR134", "TR134 on n3:Client/Geboortedatum/Datum", Set("Datum", "2026-09-05")),
        new("305-birth-datumgebruik-2", Jw305, "CS139", "CS139: 2014-03-12 does not fit DatumGebruik 2", InsertAfter("Datum", "DatumGebruik", "2")),

        // 307
        new("307-einddatum-before-begindatum", Jw307, "TR018", "TR018 checkafter Einddatum >= Begindatum", Set("Einddatum", "2026-08-31")),
        new("307-einddatum-on-begindatum", Jw307, "", "TR018 allows equal", Set("Einddatum", "2026-09-01")),
        new("307-einddatum-after-dagtekening", Jw307, "TR134", "TR134 on n1:StopProduct/Einddatum (Dagtekening 2026-11-02)", Set("Einddatum", "2026-11-03")),
        new("307-begindatum-later", Jw307, "", "no TR134 on a 307's Begindatum; TR018 holds", Set("Begindatum", "2026-10-30")),
        new("307-status-2", Jw307, "CS058", "CS058", Set("StatusAanlevering", "2")),
        new("307-stopproduct-twice", Jw307, "TR101", "TR101generic n1:StopProduct", Clone("StopProduct", 1)),
        new("307-stopproduct-twice-other-reden", Jw307, "", "distinct RedenBeeindiging", Clone("StopProduct", 1), Set("RedenBeeindiging", "02", 2)),
        new("307-bsn-elfproef", Jw307, "CS002", "CS002", Set("Bsn", "999990185")),
        new("307-birth-after-dagtekening", Jw307, "TR134", "TR134 on n1:Client/Geboortedatum/Datum", Set("Datum", "2026-11-03")),

        // 315
        new("315-aangevraagd-twice", Jw315, "TR101 TR383 TR386", "TR101 and TR383 on ReferentieAanbieder; TR386 same product overlapping", Clone("AangevraagdProduct", 1)),
        new("315-aangevraagd-twice-other-referentie", Jw315, "TR386", "TR386 only", Clone("AangevraagdProduct", 1), Set("ReferentieAanbieder", "VOT-2026-0118", 2)),
        new("315-aangevraagd-twice-later-period", Jw315, "", "no overlap", Clone("AangevraagdProduct", 1), Set("ReferentieAanbieder", "VOT-2026-0118", 2), Set("ToewijzingIngangsdatum", "2027-05-01", 2), Set("ToewijzingEinddatum", "2027-06-30", 2)),
        new("315-omvang-removed", Jw315, "CD041", "CD041 on n4:AangevraagdProduct", Remove("Omvang")),
        new("315-budget-with-omvang", Jw315, "CD077 CD078", "CD077 and CD078 on n4:AangevraagdProduct", InsertAfter("Omvang", "Budget", "50000")),
        new("315-einddatum-before-ingangsdatum", Jw315, "CS003", "CS003 ToewijzingEinddatum >= ToewijzingIngangsdatum", Set("ToewijzingEinddatum", "2026-10-31")),
        new("315-einddatum-removed", Jw315, "CD076", "CD076 Frequentie 2 needs ToewijzingEinddatum", Remove("ToewijzingEinddatum")),
        new("315-code-removed", Jw315, "CD095", "CD095 Omvang without Code", Remove("Code")),
        new("315-verwijzer-without-agb", Jw315, "CD067", "CD067 Type 02 without ZorgverlenerCode needs Naam", Remove("ZorgverlenerCode")),
        new("315-verwijzer-gemeente-with-agb", Jw315, "CD068", "CD068 Type 01 with ZorgverlenerCode", Set("Type", "01")),
        new("315-verwijzer-naam-and-agb", Jw315, "CD066", "CD066 Type 02 with ZorgverlenerCode needs Naam empty", InsertAfter("Type", "Naam", "Huisarts Bakker")),
        new("315-eenheid-etmaal-per-dag", Jw315, "CS343", "CS343 Eenheid 14 needs Frequentie 2, 4 or 6", Set("Eenheid", "14"), Set("Frequentie", "1")),
        new("315-beschikkingnummer-alone", Jw315, "CD043", "CD043 BeschikkingNummer without BeschikkingIngangsdatum", InsertAfter("ReferentieAanbieder", "BeschikkingNummer", "2026001")),
        new("315-birth-1900", Jw315, "TR002", "TR002 on n4:Client", Set("Datum", "1900-05-05")),
        new("315-birth-after-dagtekening", Jw315, "TR134", "TR134 on n4:Client/Geboortedatum/Datum (Dagtekening 2026-11-05)", Set("Datum", "2026-11-06")),
        new("315-bsn-elfproef", Jw315, "CS002", "CS002", Set("Bsn", "999990227")),

        // 317
        new("317-ongewijzigd-removed", Jw317, "", "TR352 and TR353 satisfied by the TeWijzigenProduct", Remove("OngewijzigdeProducten")),
        new("317-tewijzigen-removed", Jw317, "TR353", "TR353 needs a TeWijzigen- or NieuwProduct; TR352 holds by the OngewijzigdProduct", Remove("TeWijzigenProducten")),
        new("317-ongewijzigd-and-tewijzigen-removed", Jw317, "TR352 TR353", "neither kind left", Remove("TeWijzigenProducten"), Remove("OngewijzigdeProducten")),
        new("317-einddatum-before-gewenste", Jw317, "CS003", "CS003 TeWijzigenProduct Einddatum >= GewensteIngangsdatum", Set("Einddatum", "2026-11-30", 1)),
        new("317-einddatum-removed", Jw317, "CD076", "CD076 Frequentie 2 needs Einddatum", Remove("Einddatum", 1)),
        new("317-budget-with-omvang", Jw317, "CD077 CD078", "CD077 and CD078 on n2:TeWijzigenProduct", InsertAfter("Omvang", "Budget", "50000", 1)),
        new("317-tewijzigen-twice", Jw317, "TR101", "TR101generic TeWijzigenProduct on ToewijzingNummer", Clone("TeWijzigenProduct", 1)),
        new("317-ongewijzigd-twice", Jw317, "TR101", "TR101generic OngewijzigdProduct on ToewijzingNummer", Clone("OngewijzigdProduct", 1)),
        new("317-eenheid-etmaal-per-dag", Jw317, "CS338", "CS338 on n2:TeWijzigenProduct", Set("Eenheid", "14", 1), Set("Frequentie", "1", 1)),
        new("317-bsn-elfproef", Jw317, "CS002", "CS002", Set("Bsn", "999990185")),
        new("317-nieuw-product", Jw317, "", "a NieuwProduct after the Dagtekening, with Code and Omvang", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548))),
        new("317-nieuw-product-on-dagtekening", Jw317, "TR380", "TR380 checkafterstrict GewensteIngangsdatum > Dagtekening 2026-11-16", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548)), Set("GewensteIngangsdatum", "2026-11-16", 2)),
        new("317-nieuw-product-overlapping", Jw317, "TR410", "TR410 same product, overlapping periods", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548 + NieuwProduct4548)), Set("GewensteIngangsdatum", "2027-05-01", 3), Set("Einddatum", "2027-08-31", 3)),
        new("317-nieuw-product-twice", Jw317, "TR101 TR410", "TR101 same GewensteIngangsdatum and Product; TR410 overlap", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548 + NieuwProduct4548))),
        new("317-nieuw-product-without-code", Jw317, "CD096", "CD096 Omvang without Code", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548)), Remove("Code")),
        new("317-nieuw-product-without-omvang", Jw317, "CD041", "CD041 on n2:NieuwProduct", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548)), Remove("Omvang", 2)),
        new("317-nieuw-product-budget", Jw317, "CD077 CD078", "CD077 and CD078 on n2:NieuwProduct", InsertXmlAfter("TeWijzigenProducten", Nieuw(NieuwProduct4548)), InsertAfter("Omvang", "Budget", "50000", 2)),

        // 319
        new("319-other-reden-with-woonplaatsbeginsel", Jw319Woonplaats, "TR409", "TR409 RedenAfwijzingVerzoek 1 with Woonplaatsbeginsel", Set("RedenAfwijzingVerzoek", "1")),
        new("319-reden-8-without-woonplaatsbeginsel", Jw319Woonplaats, "TR377", "TR377 reden 8 needs Woonplaatsbeginsel", Remove("Woonplaatsbeginsel")),
        new("319-other-reden-without-woonplaatsbeginsel", Jw319Woonplaats, "", "neither TR377 nor TR409", Set("RedenAfwijzingVerzoek", "1"), Remove("Woonplaatsbeginsel")),
        new("319-afgewezen-without-reden", Jw319Woonplaats, "CD085", "CD085 VerzoekAntwoord 1 needs a reden; TR409 matches RedenAfwijzingVerzoek, so it is silent", Remove("RedenAfwijzingVerzoek")),
        new("319-onderzoek-with-reden", Jw319Woonplaats, "CD086", "CD086 VerzoekAntwoord 2 with a reden; TR377 holds", Set("VerzoekAntwoord", "2")),
        new("319-onderzoek-with-woonplaatsbeginsel", Jw319Onderzoek, "", "no RedenAfwijzingVerzoek: TR409 does not match", InsertXmlAfter("VerzoekAntwoord", "<jw319:Woonplaatsbeginsel><jw319:Gemeente>0363</jw319:Gemeente></jw319:Woonplaatsbeginsel>")),
        new("319-onderzoek-reden-1", Jw319Onderzoek, "CD086", "CD086", InsertAfter("VerzoekAntwoord", "RedenAfwijzingVerzoek", "1")),

        // 323
        new("323-productperiode-2020", Jw323, "CS100 TR335", "CS100 Begindatum < 2021; TR335 Einddatum more than 60 months before DeclaratieDagtekening", Set("Begindatum", "2020-12-01", 2), Set("Einddatum", "2020-12-31", 2)),
        new("323-productperiode-over-new-year-2021", Jw323, "CS100 CS337 TR335", "CS100 on Begindatum 2020-12-31; CS337 other year; TR335", Set("Begindatum", "2020-12-31", 2), Set("Einddatum", "2021-01-31", 2)),
        new("323-productperiode-inverted-over-2021", Jw323, "CS337 TR137 TR335", "CS100 only looks at the Begindatum (2021-01-05); TR137 Einddatum < Begindatum; CS337; TR335", Set("Begindatum", "2021-01-05", 2), Set("Einddatum", "2020-12-31", 2)),
        new("323-productperiode-part-month", Jw323, "", "a part of the month is fine", Set("Einddatum", "2026-10-15", 2)),
        new("323-productperiode-2021-october", Jw323, "TR335", "TR335 2021-10-31 before 2021-11-03", Set("Begindatum", "2021-10-01", 2), Set("Einddatum", "2021-10-31", 2)),
        new("323-productperiode-2021-november", Jw323, "", "TR335 2021-11-30 is not before 2021-11-03", Set("Begindatum", "2021-11-01", 2), Set("Einddatum", "2021-11-30", 2)),
        new("323-productperiode-inverted", Jw323, "TR137", "TR137 Einddatum >= Begindatum", Set("Begindatum", "2026-10-20", 2), Set("Einddatum", "2026-10-10", 2)),
        new("323-declaratieperiode-day-2", Jw323, "CS340", "CS340 Begindatum on day 01", Set("Begindatum", "2026-10-02", 1)),
        new("323-dagtekening-before-einde", Jw323, "TR137", "TR137 on Declaratie- and ProductPeriode: Einddatum <= header Dagtekening", Set("Dagtekening", "2026-10-30")),
        new("323-declaratiedagtekening-earlier", Jw323, "", "TR134 and TR137 use the header Dagtekening, not DeclaratieDagtekening", Set("DeclaratieDagtekening", "2026-10-30")),
        new("323-euro-volume-differs", Jw323, "CS339", "CS339 Eenheid 83: GeleverdVolume = Bedrag", Set("GeleverdVolume", "245001", 6)),
        new("323-euro-with-tarief", Jw323, "CD087", "CD087 Eenheid 83 has no ProductTarief", InsertAfter("Eenheid", "ProductTarief", "100", 6)),
        new("323-tarief-removed", Jw323, "CD087", "CD087 Eenheid 04 needs ProductTarief", Remove("ProductTarief", 1)),
        new("323-credit-without-vorig", Jw323, "CD060", "CD060 credit needs VorigReferentieNummer", Remove("VorigReferentieNummer")),
        new("323-debet-with-vorig", Jw323, "CD060 TR416", "CD060 VorigReferentieNummer only with credit; TR416 now two debets for 2026-09 on 20250871", Set("DebetCredit", "D", 4), Set("TotaalBedrag", "721850")),
        new("323-credit-of-earlier-debet", Jw323, "TR316", "TR316 VorigReferentieNummer equals an earlier ReferentieNummer", Set("VorigReferentieNummer", "P2026100001")),
        new("323-credit-of-itself", Jw323, "TR316", "TR316 ReferentieNummer equals its VorigReferentieNummer", Set("VorigReferentieNummer", "P2026100003")),
        new("323-totaal-off-by-one", Jw323, "TR358", "TR358 TotaalBedrag = sum D - sum C", Set("TotaalBedrag", "547351")),
        new("323-totaal-credit", Jw323, "TR358", "TR358 with DebetCredit C on a positive sum", Set("DebetCredit", "C", 1)),
        new("323-client-twice", Jw323, "TR101", "TR101generic n7:Client on Bsn (total adjusted)", Clone("Client", 3), Set("TotaalBedrag", "792350")),
        new("323-prestatie-twice", Jw323, "TR101 TR416", "TR101 same ProductReferentie; TR416 second debet same period and product", Clone("Prestatie", 6), Set("TotaalBedrag", "792350")),
        new("323-prestatie-twice-new-referentie", Jw323, "TR416", "TR416 only", Clone("Prestatie", 6), Set("ReferentieNummer", "P2026100007", 7), Set("TotaalBedrag", "792350")),
        new("323-prestatie-twice-other-period", Jw323, "", "TR416 needs the same ProductPeriode", Clone("Prestatie", 6), Set("ReferentieNummer", "P2026100007", 7), Set("Begindatum", "2026-10-13", 8), Set("TotaalBedrag", "792350")),
        new("323-vorig-twice", Jw323, "TR315", "TR315 VorigReferentieNummer repeated (total adjusted)", Clone("Prestatie", 3), Set("ReferentieNummer", "P2026100008", 4), Set("TotaalBedrag", "460100")),
        new("323-zero-credit", Jw323, "CS325", "CS325 Bedrag 0 with C (total adjusted)", Set("Bedrag", "0", 3), Set("TotaalBedrag", "634600")),
        new("323-bsn-elfproef", Jw323, "CS002", "CS002", Set("Bsn", "999990185", 1)),

        // iWmo: CS050 without 6, no CS318, hulpmiddelen may overlap
        new("wmo301-naamgebruik-1-with-partner", Wmo301, "", "CS050 allows 1 with a Partnernaam", Set("NaamGebruik", "1", 1)),
        new("wmo301-partner-removed", Wmo301, "CS050", "CS050 NaamGebruik 4 without Partnernaam", Remove("Partnernaam", 1)),
        new("wmo301-naamgebruik-6-without-partner", Wmo301, "CS050", "iWmo CS050 allows only 1 without Partnernaam; no CS318 in the iWmo xsl", Remove("Partnernaam", 1), Set("NaamGebruik", "6", 1)),
        new("wmo301-naamgebruik-1-without-partner", Wmo301, "", "CS050 holds", Remove("Partnernaam", 1), Set("NaamGebruik", "1", 1)),
        new("wmo301-client-postcode-removed", Wmo301, "CD005 CD034 CS089", "as in iJw", Remove("Postcode", -1)),
        new("wmo301-budget-with-omvang", Wmo301, "CD077 CD078", "as in iJw", InsertAfter("Omvang", "Budget", "100000", 1)),
        new("wmo301-same-product-overlapping", Wmo301, "TR302", "TR302 for categorie 02", Clone("ToegewezenProduct", 1), Set("ToewijzingNummer", "30260103", 2)),
        new("wmo301-hulpmiddel-overlapping", Wmo301, "", "iWmo TR302 skips categorie 11-14", Set("Categorie", "12", 1), Set("Code", "12A01", 1), Clone("ToegewezenProduct", 1), Set("ToewijzingNummer", "30260103", 2)),
        new("wmo301-hulpmiddel-twice", Wmo301, "TR101", "TR101 still on the ToewijzingNummer; TR302 skipped", Set("Categorie", "12", 1), Set("Code", "12A01", 1), Clone("ToegewezenProduct", 1)),
        new("wmo315-aangevraagd-overlapping", Wmo315, "TR386", "TR386 for categorie 07", Clone("AangevraagdProduct", 1), Set("ReferentieAanbieder", "VOT-2026-0118", 2)),
        new("wmo315-hulpmiddel-overlapping", Wmo315, "", "iWmo TR386 skips categorie 11-14", Set("Categorie", "13", 1), Set("Code", "13A01", 1), Clone("AangevraagdProduct", 1), Set("ReferentieAanbieder", "VOT-2026-0118", 2)),
        new("wmo315-hulpmiddel-twice", Wmo315, "TR101 TR383", "TR101 and TR383 on ReferentieAanbieder; TR386 skipped", Set("Categorie", "13", 1), Set("Code", "13A01", 1), Clone("AangevraagdProduct", 1)),
        new("wmo317-tewijzigen-twice", Wmo317, "TR101", "as in iJw", Clone("TeWijzigenProduct", 1)),
        new("wmo317-budget-with-omvang", Wmo317, "CD077 CD078", "as in iJw", InsertAfter("Omvang", "Budget", "50000", 1)),
    ];

    public static TheoryData<string> MutantNames() => new(Mutants.Select(m => m.Name));

    [Fact]
    public void Mutants_HaveUniqueNames() =>
        Assert.Equal(Mutants.Length, Mutants.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());

    [Theory]
    [MemberData(nameof(MutantNames))]
    public void Validate_Mutant_ReportsTheXsltsLevel2Codes(string name)
    {
        var mutant = Mutants.Single(m => m.Name == name);
        var result = Validator.Value.Validate(mutant.Build());

        var level1 = result.Issues.Where(i => i.Level == 1).Select(i => $"{i.Code} {i.Path}").ToList();
        Assert.True(level1.Count == 0, $"{name} is not schema-valid: {string.Join("; ", level1)}");

        var actual = result.Issues.Where(i => i.Level == 2).Select(i => i.Code).Distinct().Order(StringComparer.Ordinal);
        var expected = mutant.Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        Assert.True(
            expected.SequenceEqual(actual),
            $"{name}: XSLT [{string.Join(",", expected)}] ({mutant.Reason}), ours [{string.Join(",", actual)}]");
    }

    private static string Nieuw(string products) => $"<jw317:NieuweProducten>{products}</jw317:NieuweProducten>";

    private static Edit Set(string name, string value, int index = 1) => doc => Find(doc, name, index).Value = value;

    private static Edit Remove(string name, int index = 1) => doc => Find(doc, name, index).Remove();

    private static Edit Clone(string name, int index = 1) => doc =>
    {
        var element = Find(doc, name, index);
        element.AddAfterSelf(new XElement(element));
    };

    private static Edit InsertAfter(string after, string name, string value, int index = 1) => doc =>
    {
        var sibling = Find(doc, after, index);
        sibling.AddAfterSelf(new XElement(sibling.Name.Namespace + name, value));
    };

    private static Edit InsertXmlAfter(string after, string xml, int index = 1) => doc =>
    {
        var root = doc.Root!;
        var declarations = string.Concat(root.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => $" {a}"));
        var wrapper = XElement.Parse($"<wrapper{declarations}>{xml}</wrapper>");
        Find(doc, after, index).AddAfterSelf(wrapper.Elements().Select(e => new XElement(e)));
    };

    private static XElement Find(XDocument doc, string name, int index)
    {
        var all = doc.Descendants().Where(e => e.Name.LocalName == name).ToList();
        var position = index > 0 ? index - 1 : all.Count + index;
        Assert.True(position >= 0 && position < all.Count, $"no {name} #{index} (found {all.Count})");
        return all[position];
    }

    private delegate void Edit(XDocument document);

    private sealed record Mutant(string Name, string Sample, string Expected, string Reason, params Edit[] Edits)
    {
        public byte[] Build()
        {
            var doc = XDocument.Load(RepoPaths.Sample(Sample.Split('/')));
            foreach (var edit in Edits)
            {
                edit(doc);
            }

            return Encoding.UTF8.GetBytes(doc.ToString(SaveOptions.DisableFormatting));
        }
    }
}
