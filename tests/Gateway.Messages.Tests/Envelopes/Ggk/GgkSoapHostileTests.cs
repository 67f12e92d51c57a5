using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

public class GgkSoapHostileTests
{
    [Fact]
    public async Task Read_Dtd_RejectedAsMalformed()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>""";

        var e = await SomeGgk.RejectAsync(xml);

        Assert.Equal(GgkEnvelopeProblem.Malformed, e.Problem);
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Oversize_StopsAtLimit()
    {
        var bytes = GgkSoap.ToBytes(SomeGgk.Di01(new byte[200_000]));

        var e = await SomeGgk.RejectAsync(bytes, new GgkReadOptions { MaxEnvelopeBytes = 100_000 });

        Assert.Equal(GgkEnvelopeProblem.TooLarge, e.Problem);
        Assert.Contains("100000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ExactlyAtLimit_Accepted()
    {
        var bytes = GgkSoap.ToBytes(SomeGgk.Di01());
        using var stream = new MemoryStream(bytes);

        var read = await GgkSoap.ReadAsync(stream, new GgkReadOptions { MaxEnvelopeBytes = bytes.Length });

        Assert.IsType<GgkEnvelope>(read);
    }

    [Fact]
    public async Task Read_BadBase64_NamesXmlBestand()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(bericht: "<GGK:xmlBestand>@@@not base64@@@</GGK:xmlBestand>"));

        Assert.Equal(GgkEnvelopeProblem.InvalidValue, e.Problem);
        Assert.Contains("xmlBestand is not valid base64", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EmptyXmlBestand_Missing()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(bericht: "<GGK:xmlBestand/>"));

        Assert.Equal(GgkEnvelopeProblem.MissingElement, e.Problem);
        Assert.Contains("bericht/xmlBestand", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TekstBestand_Unsupported()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(bericht: "<GGK:tekstBestand>abc</GGK:tekstBestand>"));

        Assert.Equal(GgkEnvelopeProblem.Unsupported, e.Problem);
    }

    [Fact]
    public async Task Read_MissingFunctie_NamesElement()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: string.Empty));

        Assert.Equal(GgkEnvelopeProblem.MissingElement, e.Problem);
        Assert.Contains("stuurgegevens/functie", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MissingZenderApplicatie_NamesElement()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(zender: "<StUF:organisatie>0548</StUF:organisatie>"));

        Assert.Equal(GgkEnvelopeProblem.MissingElement, e.Problem);
        Assert.Contains("zender/applicatie", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9C0F7B90-5C69-41E5-A837-0800200C9A66")]
    [InlineData("9c0f7b90-5c69-11e5-a837-0800200c9a66")]
    [InlineData("9c0f7b90-5c69-41e5-c837-0800200c9a66")]
    [InlineData("not-a-uuid")]
    public async Task Read_BadUuid_NamesReferentienummer(string referentienummer)
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(referentienummer: referentienummer));

        Assert.Equal(GgkEnvelopeProblem.InvalidValue, e.Problem);
        Assert.Contains("referentienummer", e.Message, StringComparison.Ordinal);
        Assert.Contains("UUID v4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RetourFunctieInDi01_Refused()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: "<StUF:functie>WMO302</StUF:functie>"));

        Assert.Equal(GgkEnvelopeProblem.InvalidValue, e.Problem);
    }

    [Fact]
    public async Task Read_UnknownFunctie_Refused()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml(functie: "<StUF:functie>WMO399</StUF:functie>"));

        Assert.Equal(GgkEnvelopeProblem.InvalidValue, e.Problem);
        Assert.Contains("WMO399", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_NotSoap_Malformed()
    {
        var e = await SomeGgk.RejectAsync("<GGK:envelopHeenbericht-ggk_Di01 xmlns:GGK=\"http://www.stufstandaarden.nl/koppelvlak/ggk0210\"/>");

        Assert.Equal(GgkEnvelopeProblem.Malformed, e.Problem);
        Assert.Contains("SOAP 1.1 Envelope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_UnknownBodyElement_Unsupported()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Soap("<StUF:La01Bericht/>"));

        Assert.Equal(GgkEnvelopeProblem.Unsupported, e.Problem);
    }

    [Fact]
    public async Task Read_NotWellFormed_Malformed()
    {
        var e = await SomeGgk.RejectAsync(SomeGgk.Di01Xml()[..300]);

        Assert.Equal(GgkEnvelopeProblem.Malformed, e.Problem);
    }

    [Fact]
    public async Task Read_Du01WithoutCrossRefnummer_Missing()
    {
        var xml = SomeGgk.Di01Xml(functie: "<StUF:functie>WMO302</StUF:functie>")
            .Replace("envelopHeenbericht-ggk_Di01", "envelopRetourbericht-ggk_Du01", StringComparison.Ordinal)
            .Replace(">Di01<", ">Du01<", StringComparison.Ordinal);

        var e = await SomeGgk.RejectAsync(xml);

        Assert.Equal(GgkEnvelopeProblem.MissingElement, e.Problem);
        Assert.Contains("crossRefnummer", e.Message, StringComparison.Ordinal);
    }
}
