using System.Text;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Model;

public class BerichtReaderTests
{
    private const string Jw305 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a start message -->
        <jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
          <jw305:Header>
            <jw305:BerichtCode>438</jw305:BerichtCode>
            <jw305:BerichtVersie>3</jw305:BerichtVersie>
            <jw305:BerichtSubversie>2</jw305:BerichtSubversie>
            <jw305:Afzender>12345678</jw305:Afzender>
            <jw305:Ontvanger>0363</jw305:Ontvanger>
            <jw305:BerichtIdentificatie>
              <ijw:Identificatie>START-7</ijw:Identificatie>
              <ijw:Dagtekening>2025-03-04</ijw:Dagtekening>
            </jw305:BerichtIdentificatie>
            <jw305:XsdVersie>
              <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
              <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
            </jw305:XsdVersie>
          </jw305:Header>
          <jw305:Client>
            <jw305:Bsn>999900006</jw305:Bsn>
            <jw305:Geboortedatum><ijw:Datum>2012-05-17</ijw:Datum></jw305:Geboortedatum>
            <jw305:Geslacht>2</jw305:Geslacht>
            <jw305:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Jansen</ijw:Achternaam></ijw:Geslachtsnaam></jw305:Naam>
            <jw305:StartProducten>
              <jw305:StartProduct>
                <jw305:ToewijzingNummer>123456789</jw305:ToewijzingNummer>
                <jw305:Product><ijw:Categorie>45</ijw:Categorie></jw305:Product>
                <jw305:Begindatum>2025-03-03</jw305:Begindatum>
                <jw305:StatusAanlevering>1</jw305:StatusAanlevering>
              </jw305:StartProduct>
              <jw305:StartProduct>
                <jw305:Begindatum>2025-03-10</jw305:Begindatum>
                <jw305:StatusAanlevering>3</jw305:StatusAanlevering>
              </jw305:StartProduct>
            </jw305:StartProducten>
          </jw305:Client>
        </jw305:Bericht>
        """;

    private static Bericht Read(string xml) => BerichtReader.Read(Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void Read_HandWrittenJw305_MapsEveryValue()
    {
        var b = Assert.IsType<Bericht305>(Read(Jw305));

        Assert.Equal(Standard.Ijw, b.Standard);
        Assert.Equal("3.2", b.Release);
        Assert.Equal(MessageCode.Start, b.Code);
        Assert.Equal("438", b.Header.BerichtCode);
        Assert.Equal("12345678", b.Header.Afzender);
        Assert.Equal(new BerichtIdentificatie("START-7", new DateOnly(2025, 3, 4)), b.Header.BerichtIdentificatie);
        Assert.Equal("Jansen", b.Client.Naam.Geslachtsnaam.Naam);
        Assert.Null(b.Client.Naam.Voornamen);
        Assert.Equal(2, b.Client.StartProducten.Count);
        Assert.Equal(123456789L, b.Client.StartProducten[0].ToewijzingNummer);
        Assert.Equal(new Product("45"), b.Client.StartProducten[0].Product);
        Assert.Null(b.Client.StartProducten[1].ToewijzingNummer);
        Assert.Equal(new DateOnly(2025, 3, 10), b.Client.StartProducten[1].Begindatum);
        Assert.Empty(b.Client.RetourCodes);
    }

    [Fact]
    public void Read_BaseHeader_IsTheTypedHeader()
    {
        Bericht b = Read(Jw305);

        Assert.Equal("START-7", b.Header.BerichtIdentificatie.Identificatie);
    }

    [Fact]
    public void Read_ElementTheModelCannotHold_FailsNamingThePathButNotTheBsn()
    {
        var xml = Jw305.Replace("<jw305:Geslacht>2</jw305:Geslacht>", "<jw305:Geslacht>2</jw305:Geslacht><jw305:Onbekend>999900006</jw305:Onbekend>", StringComparison.Ordinal);

        var e = Assert.Throws<BerichtReadException>(() => Read(xml));

        Assert.Equal("/Bericht/Client/Onbekend", e.Path);
        Assert.DoesNotContain("999900006", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownElementInARepeatedClass_NamesTheIndexedPath()
    {
        var xml = Jw305.Replace("<jw305:StatusAanlevering>3</jw305:StatusAanlevering>", "<jw305:StatusAanlevering>3</jw305:StatusAanlevering><ijw:Extra>x</ijw:Extra>", StringComparison.Ordinal);

        var e = Assert.Throws<BerichtReadException>(() => Read(xml));

        Assert.Equal("/Bericht/Client/StartProducten/StartProduct[2]/Extra", e.Path);
    }

    [Fact]
    public void Read_BadValue_FailsWithoutQuotingIt()
    {
        var xml = Jw305.Replace("<jw305:Bsn>999900006</jw305:Bsn>", "<jw305:Bsn>999900006</jw305:Bsn>", StringComparison.Ordinal)
            .Replace("<ijw:Datum>2012-05-17</ijw:Datum>", "<ijw:Datum>999900006</ijw:Datum>", StringComparison.Ordinal);

        var e = Assert.Throws<BerichtReadException>(() => Read(xml));

        Assert.Equal("/Bericht/Client/Geboortedatum/Datum", e.Path);
        Assert.DoesNotContain("999900006", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredElement_NamesIt()
    {
        var xml = Jw305.Replace("<jw305:Geslacht>2</jw305:Geslacht>", string.Empty, StringComparison.Ordinal);

        var e = Assert.Throws<BerichtReadException>(() => Read(xml));

        Assert.Equal("/Bericht/Client/Geslacht", e.Path);
    }

    [Fact]
    public void Read_UnknownNamespace_Fails()
    {
        var xml = Jw305.Replace("/3_2/jw305/", "/3_2/jw399/", StringComparison.Ordinal);

        Assert.Throws<BerichtReadException>(() => Read(xml));
    }

    [Fact]
    public void Read_OtherRelease_IsRefused()
    {
        var xml = Jw305.Replace("/3_2/", "/3_1/", StringComparison.Ordinal);

        var e = Assert.Throws<BerichtReadException>(() => Read(xml));
        Assert.Contains("3.1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocumentWithDtd_IsRefused()
    {
        var xml = Jw305.Replace("<!-- a start message -->", "<!DOCTYPE x [<!ENTITY e \"999900006\">]>", StringComparison.Ordinal);

        var e = Assert.Throws<BerichtReadException>(() => Read(xml));
        Assert.DoesNotContain("999900006", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://www.istandaarden.nl/iwmo/3_2/wmo323/schema", Standard.Iwmo, MessageCode.Declaratie, "3.2")]
    [InlineData("http://www.istandaarden.nl/ijw/3_3/jw301/schema", Standard.Ijw, MessageCode.Toewijzing, "3.3")]
    public void IdentityOf_MessageNamespace_GivesStandardCodeAndRelease(string ns, Standard standard, MessageCode code, string release)
    {
        Assert.Equal(new MessageIdentity(standard, code, release), BerichtReader.IdentityOf(ns));
    }

    [Theory]
    [InlineData("http://www.istandaarden.nl/ijw/3_2/wmo301/schema")]
    [InlineData("http://www.istandaarden.nl/ijw/3_2/basisschema/schema")]
    [InlineData("http://www.istandaarden.nl/ijw/3_2/jw303/schema")]
    public void IdentityOf_OtherNamespace_IsNull(string ns)
    {
        Assert.Null(BerichtReader.IdentityOf(ns));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Read_WrittenMessage_KeepsEveryElement(Standard standard, MessageCode code)
    {
        var written = BerichtWriter.ToBytes(SomeBericht.Of(standard, code));

        var read = BerichtReader.Read(written);

        Assert.Equal(code, read.Code);
        Assert.Equal(standard, read.Standard);
        Assert.Equal(ModelXml.Content(written), ModelXml.Content(BerichtWriter.ToBytes(read)));
    }

    public static IEnumerable<object[]> AllCodes() => SomeBericht.AllCodes();

    [Fact]
    public void Read_323WithFiveThousandClients_ReadsEveryClientInOrder()
    {
        var bytes = BerichtWriter.ToBytes(SomeBericht.Declaratie(Standard.Iwmo, clients: 5000));

        var b = Assert.IsType<Bericht323>(BerichtReader.Read(new MemoryStream(bytes)));

        Assert.Equal(5000, b.Declaratie.Clienten.Count);
        Assert.Equal("R1", b.Declaratie.Clienten[0].Prestaties[0].ProductReferentie.ReferentieNummer);
        Assert.Equal("R5000", b.Declaratie.Clienten[4999].Prestaties[0].ProductReferentie.ReferentieNummer);
        Assert.Equal(1000 + 5000, b.Declaratie.Clienten[4999].Prestaties[0].ToewijzingNummer);
        Assert.Equal("D2025030001", b.Declaratie.DeclaratieNummer);
    }

    [Fact]
    public void Read_325WithoutClienten_KeepsTheContainerAbsent()
    {
        var b325 = (Bericht325)SomeBericht.Of(Standard.Ijw, MessageCode.DeclaratieAntwoord);
        var approved = b325 with { DeclaratieAntwoord = b325.DeclaratieAntwoord! with { Clienten = null, RetourCodes = ["8001"] } };

        var read = Assert.IsType<Bericht325>(BerichtReader.Read(BerichtWriter.ToBytes(approved)));

        Assert.Null(read.DeclaratieAntwoord!.Clienten);
        Assert.Equal(["8001"], read.DeclaratieAntwoord.RetourCodes);
        Assert.Equal(["0200"], read.Header.RetourCodes);
    }
}
