using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

/// <summary>
/// The rules the official level-2 XSLT applies by element name, so also to the client a retour echoes: CD005, CD025,
/// CS089 (Adres), CS050 (NaamGebruik), CS139 and TR002 (Geboortedatum). Each case breaks one echoed element and
/// expects exactly the codes the XSLT would report for it.
/// </summary>
public sealed class RetourEchoRulesTests
{
    private const string Jw302 = "ijw/jw302-toewijzing-retour-afgekeurd.xml";
    private const string Wmo302 = "iwmo/wmo302-toewijzing-retour-afgekeurd.xml";

    public static TheoryData<string> RetourSamples() => new(
        SampleMessages.ValidFiles().Where(f => f.Contains("-retour", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(RetourSamples))]
    public void Validate_ValidRetourSample_ReportsNothing(string sample) =>
        Assert.Empty(Codes(SampleMessages.Read<Bericht>(sample)));

    [Fact]
    public void Validate_302EchoingLandCodeWithoutPostcode_ReportsCD005AndCS089()
    {
        var bericht = EchoedContact(Jw302, c => c with { Adres = c.Adres! with { Postcode = null } });

        Assert.Equal(["CD005", "CS089"], Codes(bericht));
    }

    [Fact]
    public void Validate_302EchoingPostcodeWithoutLandCode_ReportsCD005()
    {
        var bericht = EchoedContact(Jw302, c => c with { Adres = c.Adres! with { LandCode = null } });

        Assert.Equal(["CD005"], Codes(bericht));
    }

    [Fact]
    public void Validate_302EchoingPostcodeWithASpace_ReportsCS089()
    {
        var bericht = EchoedContact(Jw302, c => c with { Adres = c.Adres! with { Postcode = "3511 NR" } });

        Assert.Equal(["CS089"], Codes(bericht));
    }

    [Fact]
    public void Validate_302EchoingLowerCasePostcode_PassesAsTheXsltPatternAllowsIt()
    {
        var bericht = EchoedContact(Jw302, c => c with { Adres = c.Adres! with { Postcode = "3511nr" } });

        Assert.Empty(Codes(bericht));
    }

    [Fact]
    public void Validate_302EchoingDutchAddressWithoutHuis_ReportsCD025()
    {
        var bericht = EchoedContact(Jw302, c => c with { Adres = c.Adres! with { Huis = null } });

        Assert.Equal(["CD025"], Codes(bericht));
    }

    [Fact]
    public void Validate_302EchoingPartnernaamWithNaamGebruik6_ReportsCS050()
    {
        var bericht = EchoedClient(Jw302, c => c with
        {
            Naam = c.Naam with { Partnernaam = c.Naam.Geslachtsnaam, NaamGebruik = "6" },
        });

        Assert.Equal(["CS050"], Codes(bericht));
    }

    [Fact]
    public void Validate_Jw302EchoingNaamGebruik6WithoutPartner_PassesAsIjwAllowsIt()
    {
        // iJw: without a Partnernaam 1 or 6; CS318 matches the 301's own client only, not the echo.
        var bericht = EchoedClient(Jw302, c => c with { Naam = c.Naam with { Partnernaam = null, NaamGebruik = "6" } });

        Assert.Empty(Codes(bericht));
    }

    [Fact]
    public void Validate_Wmo302EchoingNaamGebruik6WithoutPartner_ReportsCS050()
    {
        // iWmo: without a Partnernaam only 1.
        var bericht = EchoedClient(Wmo302, c => c with { Naam = c.Naam with { Partnernaam = null, NaamGebruik = "6" } });

        Assert.Equal(["CS050"], Codes(bericht));
    }

    [Fact]
    public void Validate_302EchoingBirthDateOf1890_ReportsTR002()
    {
        var bericht = EchoedClient(Jw302, c => c with { Geboortedatum = new Geboortedatum(new DateOnly(1890, 5, 4)) });

        Assert.Equal(["TR002"], Codes(bericht));
    }

    [Fact]
    public void Validate_306EchoingDatumGebruik2NotOnTheFirstOfJanuary_ReportsCS139()
    {
        var b = SampleMessages.Read<Bericht306>("ijw/jw306-start-retour-afgekeurd.xml");
        var bericht = b with { Client = b.Client! with { Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 1), "2") } };

        Assert.Equal(["CS139"], Codes(bericht));
    }

    [Fact]
    public void Validate_308EchoingUnknownBirthDate_Passes()
    {
        var b = SampleMessages.Read<Bericht308>("ijw/jw308-stop-retour-afgekeurd.xml");
        var bericht = b with { Client = b.Client! with { Geboortedatum = new Geboortedatum(new DateOnly(1900, 1, 1), "3") } };

        Assert.Empty(Codes(bericht));
    }

    [Fact]
    public void Validate_316EchoingBirthDateOf1890WithDatumGebruik1_ReportsTR002AndCS139()
    {
        var b = SampleMessages.Read<Bericht316>("ijw/jw316-verzoek-om-toewijzing-retour-afgekeurd.xml");
        var bericht = b with { Client = b.Client! with { Geboortedatum = new Geboortedatum(new DateOnly(1890, 5, 4), "1") } };

        Assert.Equal(["CS139", "TR002"], Codes(bericht));
    }

    [Fact]
    public void Validate_302WithoutEchoedClient_ReportsNothing() =>
        Assert.Empty(Codes(SampleMessages.Read<Bericht302>("ijw/jw302-toewijzing-retour.xml")));

    private static Bericht302 EchoedClient(string sample, Func<Gateway.Messages.Model.Client, Gateway.Messages.Model.Client> change)
    {
        var bericht = SampleMessages.Read<Bericht302>(sample);
        return bericht with { Client = change(bericht.Client!) };
    }

    private static Bericht302 EchoedContact(string sample, Func<Contact, Contact> change) =>
        EchoedClient(sample, client =>
        {
            var contacten = client.Contactgegevens.ToList();
            contacten[0] = change(contacten[0]);
            return client with { Contactgegevens = contacten };
        });

    private static List<string> Codes(Bericht bericht) =>
        [.. Level2Validator.Default.Validate(bericht).Select(i => i.Code).Distinct().Order(StringComparer.Ordinal)];
}
