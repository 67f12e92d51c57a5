using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class TR101_GeenDubbeleRegelsTests
{
    private readonly TR101_GeenDubbeleRegels _rule = new();

    public static TheoryData<string> Samples() => new(
        "ijw/jw301-toewijzing.xml", "iwmo/wmo305-start.xml", "ijw/jw307-stop.xml",
        "ijw/jw317-verzoek-om-wijziging.xml", "ijw/jw323-declaratie.xml", "iwmo/wmo323-declaratie.xml",
        "iwmo/wmo325-declaratie-antwoord-prestatie-afgewezen.xml");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_ValidSample_ReportsNothing(string sample) =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht>(sample)));

    [Fact]
    public void Check_ToewijzingNummerTwice_ReportsTheSecond()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { ToewijzingNummer = 20260001 })));

        Assert.Equal(ToegewezenProductPath(2), violation.Path);
        Assert.Contains(ToegewezenProductPath(1), violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoClientContactsOfTheSameSoort_ReportsTheSecond()
    {
        var bericht = SampleMessages.Read<Bericht301>(JwToewijzing);
        var contact = bericht.Client.Contactgegevens[0];
        bericht = bericht with { Client = bericht.Client with { Contactgegevens = [contact, contact with { Telefoon = null }] } };

        Assert.Equal("/Bericht/Client/Contactgegevens/Contact[2]", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_ClientAndRelatieContactOfTheSameSoort_ReportsNothing() =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht301>(WmoToewijzing)));

    [Fact]
    public void Check_RelatieNummerTwice_ReportsTheSecond()
    {
        var bericht = SampleMessages.Read<Bericht301>(WmoToewijzing);
        var relatie = bericht.Client.Relaties![0];
        bericht = bericht with { Client = bericht.Client with { Relaties = [relatie, relatie with { Soort = "17" }] } };

        Assert.Equal("/Bericht/Client/Relaties/Relatie[2]", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_StartProductWithTheSameKey_Reports()
    {
        var bericht = SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml");
        var start = bericht.Client.StartProducten[0];
        bericht = bericht with { Client = bericht.Client with { StartProducten = [start, start with { ToewijzingIngangsdatum = null }] } };

        Assert.Equal("/Bericht/Client/StartProducten/StartProduct[2]", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_StartProductWithAnotherBegindatum_ReportsNothing()
    {
        var bericht = SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml");
        var start = bericht.Client.StartProducten[0];
        bericht = bericht with { Client = bericht.Client with { StartProducten = [start, start with { Begindatum = start.Begindatum.AddDays(1) }] } };

        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_TemporaryAndDefinitiveStopWithTheSameDates_ReportsNothing()
    {
        var bericht = SampleMessages.Read<Bericht307>("ijw/jw307-stop.xml");
        var stop = bericht.Client.StopProducten[0];
        bericht = bericht with { Client = bericht.Client with { StopProducten = [stop with { RedenBeeindiging = "20" }, stop] } };

        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_StopProductTwice_Reports()
    {
        var bericht = SampleMessages.Read<Bericht307>("ijw/jw307-stop.xml");
        var stop = bericht.Client.StopProducten[0];
        bericht = bericht with { Client = bericht.Client with { StopProducten = [stop, stop] } };

        Assert.Equal("/Bericht/Client/StopProducten/StopProduct[2]", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_Verzoek315ReferentieAanbiederTwice_ReportsLikeTR383()
    {
        // The official XSLT keys the 315's AangevraagdProduct on ReferentieAanbieder and reports TR101 next to TR383.
        var bericht = SampleMessages.Read<Bericht315>("invalid/TR383-referentie-aanbieder-dubbel.xml");

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]", violation.Path);
        Assert.Single(Level2Validator.Default.Find("TR383")!.Check(bericht));
    }

    [Fact]
    public void Check_Verzoek315DistinctReferenties_Passes() =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht315>("ijw/jw315-verzoek-om-toewijzing.xml")));

    [Fact]
    public void Check_TeWijzigenToewijzingNummerTwice_Reports()
    {
        var bericht = SampleMessages.Read<Bericht317>(JwWijziging);
        var product = bericht.Client.Verzoek.TeWijzigenProducten![0];
        bericht = bericht with { Client = bericht.Client with { Verzoek = bericht.Client.Verzoek with { TeWijzigenProducten = [product, product] } } };

        Assert.Equal("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_NieuwProductTwice_Reports()
    {
        var product = Nieuw(new Product("45", "45A48"), new Omvang(2, "04", "4"));
        var bericht = SampleMessages.Read<Bericht317>(JwWijziging);
        bericht = bericht with { Client = bericht.Client with { Verzoek = bericht.Client.Verzoek with { NieuweProducten = [product, product with { Omvang = null }] } } };

        Assert.Equal("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_DeclaratieClientTwice_ReportsWithoutTheBsn()
    {
        var bericht = SampleMessages.Read<Bericht323>("ijw/jw323-declaratie.xml");
        var clienten = bericht.Declaratie.Clienten;
        var copy = clienten[0] with { Prestaties = [clienten[0].Prestaties[0] with { ProductReferentie = new Referentie("P2026100099") }] };
        bericht = bericht with { Declaratie = bericht.Declaratie with { Clienten = [.. clienten, copy] } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Declaratie/Clienten/Client[4]", violation.Path);
        Assert.DoesNotContain(copy.Bsn, violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PrestatieReferentieTwiceForOneClient_Reports()
    {
        var bericht = SampleMessages.Read<Bericht323>("iwmo/wmo323-declaratie.xml");
        var client = bericht.Declaratie.Clienten[1];
        var prestaties = client.Prestaties.ToList();
        prestaties[2] = prestaties[2] with { ProductReferentie = prestaties[1].ProductReferentie };
        var clienten = bericht.Declaratie.Clienten.ToList();
        clienten[1] = client with { Prestaties = prestaties };
        bericht = bericht with { Declaratie = bericht.Declaratie with { Clienten = clienten } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]", violation.Path);
    }

    [Fact]
    public void Check_SameReferentieForDifferentClients_ReportsNothing()
    {
        var bericht = SampleMessages.Read<Bericht323>("iwmo/wmo323-declaratie.xml");
        var clienten = bericht.Declaratie.Clienten.ToList();
        var prestatie = clienten[2].Prestaties[0] with { ProductReferentie = clienten[0].Prestaties[0].ProductReferentie };
        clienten[2] = clienten[2] with { Prestaties = [prestatie] };
        bericht = bericht with { Declaratie = bericht.Declaratie with { Clienten = clienten } };

        Assert.Empty(_rule.Check(bericht));
    }
}
