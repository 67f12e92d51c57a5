using System.Text;
using System.Xml.Linq;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Model;

public class BerichtWriterTests
{
    public static IEnumerable<object[]> AllCodes() => SomeBericht.AllCodes();

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Write_EveryMessageWithAllOptionalElements_IsSchemaValid(Standard standard, MessageCode code)
    {
        var bytes = BerichtWriter.ToBytes(SomeBericht.Of(standard, code));

        Assert.Empty(ModelXml.SchemaErrors(bytes, standard));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Write_AnyMessage_StartsWithoutBomAndDeclaresUtf8(Standard standard, MessageCode code)
    {
        var bytes = BerichtWriter.ToBytes(SomeBericht.Of(standard, code));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Write_AnyMessage_HasNoEmptyElements(Standard standard, MessageCode code)
    {
        var doc = XDocument.Parse(BerichtWriter.ToXml(SomeBericht.Of(standard, code)));

        Assert.DoesNotContain(doc.Descendants(), e => !e.HasElements && string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void Write_Jw301_UsesMessagePrefixForClassesAndBasisPrefixForDatatypeChildren()
    {
        var xml = BerichtWriter.ToXml(SomeBericht.Of(Standard.Ijw, MessageCode.Toewijzing));

        Assert.Contains("<jw301:Bericht xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" xmlns:jw301=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\">", xml, StringComparison.Ordinal);
        Assert.Contains("<jw301:BerichtIdentificatie>", xml, StringComparison.Ordinal);
        Assert.Contains("<ijw:Identificatie>B-1</ijw:Identificatie>", xml, StringComparison.Ordinal);
        Assert.Contains("<ijw:Geslachtsnaam>", xml, StringComparison.Ordinal);
        Assert.Contains("<ijw:Achternaam>Jansen</ijw:Achternaam>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Wmo325_UsesWmoPrefixes()
    {
        var xml = BerichtWriter.ToXml(SomeBericht.Of(Standard.Iwmo, MessageCode.DeclaratieAntwoord));

        Assert.Contains("<wmo325:Bericht", xml, StringComparison.Ordinal);
        Assert.Contains("<iwmo:TotaalBedrag>24000</iwmo:TotaalBedrag>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DatesAndTimes_UseXmlLexicalForms()
    {
        var xml = BerichtWriter.ToXml(SomeBericht.Of(Standard.Ijw, MessageCode.Toewijzing));

        Assert.Contains("<jw301:Toewijzingsdatum>2025-02-20</jw301:Toewijzingsdatum>", xml, StringComparison.Ordinal);
        Assert.Contains("<jw301:Toewijzingstijd>09:30:05</jw301:Toewijzingstijd>", xml, StringComparison.Ordinal);
        Assert.Contains("<ijw:Dagtekening>2025-03-01</ijw:Dagtekening>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HeenBerichtWithRetourCodesOnAClass_Throws()
    {
        var b301 = (Bericht301)SomeBericht.Of(Standard.Ijw, MessageCode.Toewijzing);
        var wrong = b301 with { Client = b301.Client with { RetourCodes = ["0200"] } };

        var e = Assert.Throws<ArgumentException>(() => BerichtWriter.ToBytes(wrong));
        Assert.DoesNotContain(SomeBericht.Bsn, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RetourWithoutRetourCodes_OmitsTheElements()
    {
        var b302 = (Bericht302)SomeBericht.Of(Standard.Ijw, MessageCode.ToewijzingRetour);
        var accepted = b302 with { Header = b302.Header with { RetourCodes = [] }, Client = null };

        var xml = BerichtWriter.ToXml(accepted);

        Assert.DoesNotContain("RetourCode", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Client", xml, StringComparison.Ordinal);
        Assert.Empty(ModelXml.SchemaErrors(Encoding.UTF8.GetBytes(xml), Standard.Ijw));
    }

    [Fact]
    public void Write_OptionalContainerAbsentOrPresent_IsKeptApart()
    {
        var b317 = (Bericht317)SomeBericht.Of(Standard.Iwmo, MessageCode.VerzoekOmWijziging);
        var withoutUnchanged = b317 with { Client = b317.Client with { Verzoek = b317.Client.Verzoek with { OngewijzigdeProducten = null } } };

        Assert.Contains("OngewijzigdeProducten", BerichtWriter.ToXml(b317), StringComparison.Ordinal);
        Assert.DoesNotContain("OngewijzigdeProducten", BerichtWriter.ToXml(withoutUnchanged), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToStream_LeavesStreamOpen()
    {
        using var stream = new MemoryStream();

        BerichtWriter.Write(SomeBericht.Of(Standard.Ijw, MessageCode.Start), stream);

        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }
}
