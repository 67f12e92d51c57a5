using System.Text;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

public class GgkSoapTests
{
    [Fact]
    public async Task Di01_RoundTrip_KeepsStuurgegevensAndPayloadBytes()
    {
        var di01 = SomeGgk.Di01();

        var read = Assert.IsType<GgkEnvelope>(await SomeGgk.RoundTripAsync(di01));

        Assert.Equal(di01.Stuurgegevens, read.Stuurgegevens);
        Assert.Equal(di01.Parameters, read.Parameters);
        Assert.Equal(SomeGgk.Payload, read.Payload.ToArray());
        Assert.Equal(GgkBerichtcode.Di01, read.Berichtcode);
        Assert.Equal("JW301", read.Functie);
        Assert.True(GgkReferentienummer.IsValid(read.Referentienummer));
    }

    [Fact]
    public async Task Du01_RoundTrip_KeepsCrossRefnummer()
    {
        var cross = GgkReferentienummer.New();

        var read = Assert.IsType<GgkEnvelope>(await SomeGgk.RoundTripAsync(SomeGgk.Du01(cross)));

        Assert.Equal(GgkBerichtcode.Du01, read.Berichtcode);
        Assert.Equal(cross, read.Stuurgegevens.CrossRefnummer);
        Assert.Equal("WMO306", read.Functie);
        Assert.Equal(SomeGgk.Payload, read.Payload.ToArray());
    }

    [Fact]
    public async Task Fo01_RoundTrip_KeepsBodyAndDetailsXml()
    {
        var received = SomeGgk.Di01();
        var fo01 = GgkFoutbericht.About(received, SomeGgk.Gemeente, GgkFoutbericht.SchemaViolation, "Element Client ontbreekt", SomeGgk.Now)
            with { DetailsXml = "<root a=\"1\"><b>x</b></root>" };

        var read = Assert.IsType<GgkFoutbericht>(await SomeGgk.RoundTripAsync(fo01));

        Assert.Equal(fo01, read);
        Assert.Equal(received.Referentienummer, read.Stuurgegevens.CrossRefnummer);
        Assert.Equal(received.Stuurgegevens.Zender, read.Stuurgegevens.Ontvanger);
        Assert.Equal("JW301-00010000", read.Details);
    }

    [Fact]
    public async Task Bv03_RoundTrip_RefersToAcknowledgedMessage()
    {
        var received = SomeGgk.Di01();
        var bv03 = Bv03.Acknowledge(received, SomeGgk.Hub, SomeGgk.Now);

        var read = Assert.IsType<Bv03>(await SomeGgk.RoundTripAsync(bv03));

        Assert.Equal(bv03, read);
        Assert.Equal(received.Referentienummer, read.Stuurgegevens.CrossRefnummer);
    }

    [Fact]
    public async Task Fo03_RoundTrip_IsASoapFaultWithStufDetail()
    {
        var fo03 = Fo03.About(SomeGgk.Di01(), SomeGgk.Hub, "StUF058", "Interne fout", SomeGgk.Now);

        var bytes = GgkSoap.ToBytes(fo03);
        var text = Encoding.UTF8.GetString(bytes);
        using var stream = new MemoryStream(bytes);
        var read = Assert.IsType<Fo03>(await GgkSoap.ReadAsync(stream));

        Assert.Contains("<soap:Fault>", text, StringComparison.Ordinal);
        Assert.Contains("<faultcode>soap:Server</faultcode>", text, StringComparison.Ordinal);
        Assert.Equal(fo03, read);
    }

    [Fact]
    public void Write_HasSoapEnvelopeNoBomAndBase64Payload()
    {
        var bytes = GgkSoap.ToBytes(SomeGgk.Di01(Encoding.UTF8.GetBytes("<a/>")));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains($"xmlns:soap=\"{GgkNames.SoapNamespace}\"", text, StringComparison.Ordinal);
        Assert.Contains("<GGK:envelopHeenbericht-ggk_Di01>", text, StringComparison.Ordinal);
        Assert.Contains("<GGK:xmlBestand>PGEvPg==</GGK:xmlBestand>", text, StringComparison.Ordinal);
        Assert.Contains("<StUF:functie>JW301</StUF:functie>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InvalidReferentienummer_Refused()
    {
        var di01 = SomeGgk.Di01();
        var bad = di01 with { Stuurgegevens = di01.Stuurgegevens with { Referentienummer = "9C0F7B90-5C69-41E5-A837-0800200C9A66" } };

        Assert.Throws<ArgumentException>(() => GgkSoap.ToBytes(bad));
    }

    [Fact]
    public async Task Read_PublishedExampleShape_Parsed()
    {
        var read = Assert.IsType<GgkEnvelope>(await ReadAsync(SomeGgk.Di01Xml()));

        Assert.Equal("0548", read.Stuurgegevens.Zender.Organisatie);
        Assert.Equal("GGk", read.Stuurgegevens.Ontvanger.Applicatie);
        Assert.Equal(new DateTime(2016, 4, 21, 13, 25, 14), read.Stuurgegevens.TijdstipBericht);
        Assert.Equal("0004", read.Parameters.ApplicatieVersie);
        Assert.Equal("Hier staat een iWmo/iJw-heenbericht.", Encoding.UTF8.GetString(read.Payload.Span));
    }

    [Fact]
    public async Task Read_LargePayloadJustUnderLimit_DecodedExactly()
    {
        var payload = new byte[3 * 1024 * 1024];
        new Random(42).NextBytes(payload);

        var read = Assert.IsType<GgkEnvelope>(await SomeGgk.RoundTripAsync(SomeGgk.Di01(payload)));

        Assert.True(payload.AsSpan().SequenceEqual(read.Payload.Span));
    }

    [Fact]
    public async Task Read_Base64WithLineBreaks_Accepted()
    {
        var read = Assert.IsType<GgkEnvelope>(await ReadAsync(SomeGgk.Di01Xml(bericht: "<GGK:xmlBestand>SGllciBzdGFhdCBlZW4g\r\naVdtby9pSnctaGVlbmJlcmljaHQu\n</GGK:xmlBestand>")));

        Assert.Equal("Hier staat een iWmo/iJw-heenbericht.", Encoding.UTF8.GetString(read.Payload.Span));
    }

    private static async Task<GgkMessage> ReadAsync(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return await GgkSoap.ReadAsync(stream);
    }
}
