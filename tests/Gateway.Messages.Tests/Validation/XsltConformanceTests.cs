using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>
/// Conformance with the official level-2 XSLT of iJw release 3.2 ("alle regels JW 3.2.xsl", XSLT version 2.10.5):
/// every shipped sample goes through the validator <c>gateway validate</c> uses, and the level-2 codes it reports must
/// be exactly the codes that XSLT would report. The expected codes were written down by hand from reading the XSLT's
/// templates (its "check" mode lists every rule it runs); the XSLT is never run here. Codes with no template in the
/// XSLT (CS015, CS025, CS319 and the RS restrictions) are expected to be absent; where the XSD enforces them the
/// sample is refused at level 1, so no level-2 code appears either. iWmo samples are read against the iWmo XSLT of the
/// same release ("all_merged.xsl", 2.10.5), whose templates are those of the iJw one in the iWmo namespaces, less
/// CS318, TR377 and TR409, with CS050 allowing only 1 without a Partnernaam and hulpmiddelen exempt from overlap.
/// </summary>
public sealed class XsltConformanceTests
{
    private static readonly Lazy<MessageValidator> Validator =
        new(() => new MessageValidator(new MessagesOptions { SchemaRoot = RepoPaths.Schemas }));

    /// <summary>Per sample (relative to samples/): the codes the XSLT reports, and the XSLT check behind them.</summary>
    private static readonly Dictionary<string, Expected> Table = new(StringComparer.Ordinal)
    {
        ["ijw/jw301-toewijzing.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw302-toewijzing-retour-afgekeurd.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw302-toewijzing-retour.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw305-start.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw306-start-retour-afgekeurd.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw306-start-retour.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw307-stop.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw308-stop-retour-afgekeurd.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw308-stop-retour.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw315-verzoek-om-toewijzing.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw316-verzoek-om-toewijzing-retour-afgekeurd.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw316-verzoek-om-toewijzing-retour.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw317-verzoek-om-wijziging.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw318-verzoek-om-wijziging-retour-afgekeurd.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw318-verzoek-om-wijziging-retour.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw319-antwoord-in-onderzoek.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw319-antwoord-woonplaatsbeginsel.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw320-antwoord-retour-afgekeurd.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw320-antwoord-retour.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw323-declaratie.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw325-declaratie-antwoord-prestatie-afgewezen.xml"] = new([], "valid sample: no xsl check fires"),
        ["ijw/jw325-declaratie-antwoord.xml"] = new([], "valid sample: no xsl check fires"),
        ["iwmo/wmo301-toewijzing.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo302-toewijzing-retour-afgekeurd.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo302-toewijzing-retour.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo305-start.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo306-start-retour-afgekeurd.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo306-start-retour.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo307-stop.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo308-stop-retour-afgekeurd.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo308-stop-retour.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo315-verzoek-om-toewijzing.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo316-verzoek-om-toewijzing-retour-afgekeurd.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo316-verzoek-om-toewijzing-retour.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo317-verzoek-om-wijziging.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo318-verzoek-om-wijziging-retour-afgekeurd.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo318-verzoek-om-wijziging-retour.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo319-antwoord-afgewezen.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo319-antwoord-in-onderzoek.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo320-antwoord-retour-afgekeurd.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo320-antwoord-retour.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo323-declaratie.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo325-declaratie-antwoord-prestatie-afgewezen.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["iwmo/wmo325-declaratie-antwoord.xml"] = new([], "valid sample: the JW 3.2 xsl has no iWmo templates, nothing fires"),
        ["invalid/CD005-landcode-zonder-postcode.xml"] = new(["CD005", "CS089"], "CD005: checkempty LandCode without Postcode; and CS089 checkimplication LandCode NL -> Postcode pattern 1000ZZ fails on the absent Postcode"),
        ["invalid/CD007-tolk-taal-zonder-taal.xml"] = new(["CD007"], "CD007: checksame on *[Taal|Vorm]: Taal filled iff Vorm = 1"),
        ["invalid/CD009-periode-bij-brp-adres.xml"] = new(["CD009"], "CD009: checkimplication on n6:Contact/n6:Periode: Periode only with Soort 04"),
        ["invalid/CD025-nl-adres-zonder-huis.xml"] = new(["CD025"], "CD025: checkimplication on n9:LandCode: NL implies Huis/Huisnummer filled"),
        ["invalid/CD034-brp-adres-zonder-postcode.xml"] = new(["CD034"], "CD034: checkimplication on n6:Contact: Soort 01,03 implies Adres/Postcode filled"),
        ["invalid/CD041-productcode-zonder-omvang.xml"] = new(["CD041"], "CD041: checkimplication on ToegewezenProduct: Product/Code filled implies Omvang present"),
        ["invalid/CD043-beschikkingnummer-zonder-ingangsdatum.xml"] = new(["CD043"], "CD043: checksame on n4:AangevraagdProduct: BeschikkingNummer filled iff BeschikkingIngangsdatum filled"),
        ["invalid/CD060-credit-zonder-vorigreferentienummer.xml"] = new(["CD060"], "CD060: checksame on n7:Prestatie: DebetCredit C iff VorigReferentieNummer filled"),
        ["invalid/CD066-verwijzer-naam-en-agb-code.xml"] = new(["CD066"], "CD066: n4:Verwijzer Type 02-05: ZorgverlenerCode filled implies Naam empty"),
        ["invalid/CD067-verwijzer-zonder-naam-en-agb-code.xml"] = new(["CD067"], "CD067: n4:Verwijzer Type 02-05: ZorgverlenerCode empty implies Naam filled"),
        ["invalid/CD068-agb-code-bij-gemeente.xml"] = new(["CD068"], "CD068: n4:Verwijzer: Type not 02-05 implies ZorgverlenerCode empty"),
        ["invalid/CD075-budget-zonder-einddatum.xml"] = new(["CD075"], "CD075: checkimplication on ToegewezenProduct//Budget: Budget filled implies Einddatum filled"),
        ["invalid/CD076-per-week-zonder-einddatum.xml"] = new(["CD076"], "CD076: checkimplication on Omvang/Frequentie: 2 (per week) implies Einddatum filled"),
        ["invalid/CD077-omvang-en-budget-zonder-productcode.xml"] = new(["CD077", "CD078"], "CD077: checkimplication on TeWijzigenProduct/Budget: Budget filled implies no Omvang; CD078 on TeWijzigenProduct/Omvang: Omvang present implies no Budget"),
        ["invalid/CD078-budget-bij-omvang.xml"] = new(["CD077", "CD078"], "iWmo xsl: CD078 on ToegewezenProduct/Omvang: Omvang present implies no Budget; CD077 on ToegewezenProduct/Budget: Budget filled implies no Omvang"),
        ["invalid/CD079-geen-product-en-geen-budget.xml"] = new(["CD079"], "CD079: checkimplication on product: Budget empty implies Product present"),
        ["invalid/CD080-omvang-zonder-productcode.xml"] = new(["CD080"], "CD080: n6:ToegewezenProduct/n6:Omvang with Einddatum > 2020-12-31 or empty implies Product/Code filled"),
        ["invalid/CD085-afwijzing-zonder-reden.xml"] = new(["CD085"], "CD085: checkimplication on n0:VerzoekAntwoord: 1 implies RedenAfwijzingVerzoek filled"),
        ["invalid/CD086-in-onderzoek-met-reden.xml"] = new(["CD086"], "CD086: checkimplication on n0:VerzoekAntwoord: 2 implies RedenAfwijzingVerzoek empty"),
        ["invalid/CD087-producttarief-ontbreekt.xml"] = new(["CD087"], "CD087: checksame on n7:Eenheid: Eenheid != 83 iff ProductTarief filled"),
        ["invalid/CD095-omvang-zonder-productcode.xml"] = new(["CD095"], "CD095: n4:AangevraagdProduct/n4:Omvang with ToewijzingEinddatum > 2020-12-31 or empty implies Product/Code filled"),
        ["invalid/CD096-omvang-zonder-productcode.xml"] = new(["CD096"], "CD096: n2:NieuwProduct/n2:Omvang with Einddatum > 2020-12-31 or empty implies Product/Code filled"),
        ["invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml"] = new(["CS002"], "CS002: check11proef on every *[local-name()='Bsn']"),
        ["invalid/CS003-einddatum-voor-ingangsdatum.xml"] = new(["CS003"], "CS003: checkafter on ToegewezenProduct/Einddatum: Einddatum >= Ingangsdatum"),
        ["invalid/CS015-berichtsubversie-niet-2.xml"] = new([], "CS015: no CS015 template in the xsl (XSD fixes BerichtSubversie); refused at level 1"),
        ["invalid/CS025-berichtversie-niet-3.xml"] = new([], "CS025: no CS025 template in the xsl (XSD fixes BerichtVersie); refused at level 1"),
        ["invalid/CS050-partnernaamgebruik-zonder-partnernaam.xml"] = new(["CS050"], "CS050: checkimplication on n9:NaamGebruik: Partnernaam present implies NaamGebruik 1-4"),
        ["invalid/CS058-status-aanlevering-gewijzigd.xml"] = new(["CS058"], "CS058: checkvalue on StartProduct/StopProduct StatusAanlevering: only 1 or 3"),
        ["invalid/CS089-postcode-met-spatie.xml"] = new(["CS089"], "CS089: checkimplication on n9:LandCode: NL implies Postcode matches pattern 1000ZZ"),
        ["invalid/CS100-declaratieperiode-voor-2021.xml"] = new(["CS100"], "CS100: n7:ProductPeriode|DeclaratiePeriode/n9:Begindatum < 2021-01-01"),
        ["invalid/CS139-datumgebruik-past-niet-bij-datum.xml"] = new(["CS139"], "CS139: *[n9:Datum and n9:DatumGebruik]: DatumGebruik 1/2/3 must match the day/month/1900 of Datum"),
        ["invalid/CS318-client-niet-natuurlijk-persoon.xml"] = new(["CS318"], "CS318: checknvalue on n6:Client/n6:Naam/n9:NaamGebruik: 6 not allowed"),
        ["invalid/CS319-declaratienummer-met-streepjes.xml"] = new([], "CS319: no CS319 template in the xsl (only its text in getDetails; XSD pattern); refused at level 1"),
        ["invalid/CS325-nulbedrag-als-credit.xml"] = new(["CS325"], "CS325: cs325 on *Bedrag classes: Bedrag 0 with DebetCredit C"),
        ["invalid/CS335-verwijderd-met-andere-einddatum.xml"] = new(["CS335"], "CS335: checkDateEquals on ToegewezenProduct[RedenWijziging=13]: Ingangsdatum = Einddatum"),
        ["invalid/CS336-vervallen-redenwijziging-01.xml"] = new(["CS336"], "CS336: checknvalue on ToegewezenProduct/RedenWijziging: 01 not allowed"),
        ["invalid/CS337-productperiode-over-twee-maanden.xml"] = new(["CS337"], "CS337: checksameyear/checksamemonth on n7:Prestatie ProductPeriode Begindatum vs Einddatum"),
        ["invalid/CS338-etmaal-per-dag.xml"] = new(["CS338"], "CS338: ToegewezenProduct//Omvang/Eenheid 14,16,83,84 implies Frequentie 2,4,6"),
        ["invalid/CS339-bedrag-ongelijk-aan-volume-in-euros.xml"] = new(["CS339"], "CS339: checkRelation equals on n7:Prestatie[Eenheid=83]: GeleverdVolume = IngediendBedrag/Bedrag"),
        ["invalid/CS340-declaratieperiode-geen-hele-maand.xml"] = new(["CS340"], "CS340: n7:DeclaratiePeriode: Begindatum day 01 and Einddatum+1 = Begindatum+1 month"),
        ["invalid/CS343-frequentie-per-dag.xml"] = new(["CS343"], "CS343: n4:AangevraagdProduct//Omvang/Eenheid 14,16,83,84 implies Frequentie 2,4,6"),
        ["invalid/RS031-commentaar-alleen-spaties.xml"] = new([], "RS031: no RS031 template in the xsl (XSD restriction); refused at level 1"),
        ["invalid/RS032-datum-met-tijdzone.xml"] = new([], "RS032: no RS032 template in the xsl (XSD restriction); refused at level 1"),
        ["invalid/RS033-lege-periode.xml"] = new([], "RS033: no RS033 template in the xsl: the check list has no RS rule at all"),
        ["invalid/RS034-tijd-met-tijdzone.xml"] = new([], "RS034: no RS034 template in the xsl (XSD restriction); refused at level 1"),
        ["invalid/RS045-voorletters-met-punten.xml"] = new([], "RS045: no RS045 template in the xsl (XSD restriction); refused at level 1"),
        ["invalid/RS047-berichtcode-van-ander-bericht.xml"] = new([], "RS047: no RS047 template in the xsl (XSD restriction); refused at level 1"),
        ["invalid/TR002-geboortedatum-meer-dan-120-jaar.xml"] = new(["TR002"], "TR002: checkYearsBetween on Geboortedatum/n9:Datum: more than 120 years before Dagtekening"),
        ["invalid/TR006-contact-zonder-telefoon-of-postcode.xml"] = new(["TR006"], "TR006: checkSingleCorrect on n6:Contact: Telefoon or Adres/Postcode present"),
        ["invalid/TR018-einddatum-voor-begindatum.xml"] = new(["TR018"], "TR018: checkafter on n1:StopProduct/n1:Einddatum: Einddatum >= Begindatum"),
        ["invalid/TR061-client-zonder-woonadres.xml"] = new(["TR061"], "TR061: n6:Client/n6:Contactgegevens needs a Contact with Soort 01, 02 or 03"),
        ["invalid/TR101-dubbel-toewijzingnummer.xml"] = new(["TR101"], "TR101: TR101generic: two siblings with the same key (e.g. ToegewezenProduct/ToewijzingNummer)"),
        ["invalid/TR134-toewijzingsdatum-na-dagtekening.xml"] = new(["TR134"], "TR134: checkafter on ToegewezenProduct/Toewijzingsdatum: not after Dagtekening"),
        ["invalid/TR137-einddatum-voor-begindatum.xml"] = new(["TR137"], "TR137: checkafter in TR137 on ProductPeriode: Einddatum >= Begindatum and <= Dagtekening"),
        ["invalid/TR302-zelfde-product-overlappend.xml"] = new(["TR302"], "TR302: tr302 on n6:ToegewezenProduct: same Categorie/Code with overlapping periods"),
        ["invalid/TR315-vorigreferentienummer-dubbel.xml"] = new(["TR315"], "TR315: n7:ProductReferentie: VorigReferentieNummer repeated in an earlier Prestatie"),
        ["invalid/TR316-debet-gecrediteerd-in-zelfde-bericht.xml"] = new(["TR316"], "TR316: n7:ProductReferentie: VorigReferentieNummer equals an earlier ReferentieNummer"),
        ["invalid/TR335-einddatum-meer-dan-5-jaar-voor-dagtekening.xml"] = new(["TR335"], "TR335: checkDateRelation monthsAfter -60 on ProductPeriode/Einddatum vs DeclaratieDagtekening"),
        ["invalid/TR342-toegekend-bedrag-verklaart-afwijzing-niet.xml"] = new(["TR342"], "TR342: n5:DeclaratieAntwoord: ingediend minus toegekend must equal the refused prestaties"),
        ["invalid/TR352-geen-ongewijzigd-of-te-wijzigen-product.xml"] = new(["TR352"], "TR352: checkvalue # on n2:Verzoek: an OngewijzigdProduct or TeWijzigenProduct"),
        ["invalid/TR353-geen-te-wijzigen-of-nieuw-product.xml"] = new(["TR353"], "TR353: checkvalue # on n2:Verzoek: a TeWijzigenProduct or NieuwProduct"),
        ["invalid/TR358-totaal-ongelijk-aan-som-prestaties.xml"] = new(["TR358"], "TR358: n7:TotaalIngediendBedrag: TotaalBedrag = sum of D minus sum of C"),
        ["invalid/TR377-woonplaatsbeginsel-ontbreekt.xml"] = new(["TR377"], "TR377: checkimplication on n0:RedenAfwijzingVerzoek: 8 implies Woonplaatsbeginsel"),
        ["invalid/TR380-nieuw-product-op-dagtekening.xml"] = new(["TR380"], "TR380: checkafterstrict on NieuwProduct/GewensteIngangsdatum: after Dagtekening"),
        ["invalid/TR383-referentie-aanbieder-dubbel.xml"] = new(["TR101", "TR383"], "TR383: n4:AangevraagdProduct: ReferentieAanbieder repeated in an earlier sibling; TR101generic keys n4:AangevraagdProduct on ReferentieAanbieder too"),
        ["invalid/TR386-aangevraagd-product-overlap.xml"] = new(["TR386"], "TR386: TR386 on n4:AangevraagdProduct: same product with overlapping Toewijzing periods"),
        ["invalid/TR409-woonplaatsbeginsel-zonder-reden-8.xml"] = new(["TR409"], "TR409: checkimplication on n0:RedenAfwijzingVerzoek: not 8 implies no Woonplaatsbeginsel"),
        ["invalid/TR410-nieuw-product-overlap.xml"] = new(["TR410"], "TR410: TR410 on n2:NieuwProduct: same product with overlapping periods"),
        ["invalid/TR416-tweede-debet-zelfde-periode-en-toewijzing.xml"] = new(["TR416"], "TR416: checkTR416 on n7:Prestatie[D]: earlier D prestatie with same period, product and ToewijzingNummer"),
    };

    /// <summary>
    /// Samples where our validator disagrees with the XSLT (the rule is deliberately not changed here). Each must still
    /// differ: when someone brings the rule in line, this test fails and the row moves out of this list.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDisagreements = new(StringComparer.Ordinal)
    {
        ["invalid/RS033-lege-periode.xml"] =
            "ours [RS033]: the xsl has no RS033 template (no RS rule in its check list), so it reports nothing",
    };

    public static TheoryData<string> Samples() => new(Table.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Table_CoversEveryShippedSample()
    {
        var shipped = SampleMessages.ValidFiles().Concat(SampleMessages.InvalidFiles()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(shipped.Order(StringComparer.Ordinal), Table.Keys.Order(StringComparer.Ordinal));
        Assert.All(KnownDisagreements.Keys, k => Assert.Contains(k, Table.Keys));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Validate_Sample_ReportsTheXsltsLevel2Codes(string sample)
    {
        var expected = Table[sample].Codes.Order(StringComparer.Ordinal).ToList();

        var actual = Level2Codes(sample);

        if (KnownDisagreements.ContainsKey(sample))
        {
            Assert.False(
                expected.SequenceEqual(actual),
                $"{sample} now agrees with the XSLT ({string.Join(",", actual)}): remove it from KnownDisagreements.");
        }
        else
        {
            Assert.True(
                expected.SequenceEqual(actual),
                $"{sample}: XSLT [{string.Join(",", expected)}] ({Table[sample].Reason}), ours [{string.Join(",", actual)}]");
        }
    }

    private static List<string> Level2Codes(string sample)
    {
        var result = Validator.Value.ValidateFile(RepoPaths.Sample(sample.Split('/')));
        return [.. result.Issues.Where(i => i.Level == 2).Select(i => i.Code).Distinct().Order(StringComparer.Ordinal)];
    }

    private sealed record Expected(string[] Codes, string Reason);
}
