using System.Text;
using Gateway.Host.Operators;

namespace Gateway.Host.Tests.Operators;

public class BsnMaskTests
{
    private const string Bsn = "999990019";

    [Fact]
    public void MaskDocument_EveryBsnElement_OnlyLastTwoDigitsLeft()
    {
        var xml = "<jw305:Bericht xmlns:jw305=\"urn:x\"><jw305:Client><jw305:Bsn>123456782</jw305:Bsn></jw305:Client><Bsn> 999990184 </Bsn></jw305:Bericht>";

        var masked = BsnMask.MaskDocument(xml);

        Assert.Equal("<jw305:Bericht xmlns:jw305=\"urn:x\"><jw305:Client><jw305:Bsn>*******82</jw305:Bsn></jw305:Client><Bsn>*******84</Bsn></jw305:Bericht>", masked);
    }

    [Theory]
    [InlineData("<Client><Bsn>999990019</Bsn></Client>")]
    [InlineData("<q:Client xmlns:q=\"urn:q\"><q:Bsn>999990019</q:Bsn></q:Client>")]
    [InlineData("<Client xmlns:q=\"urn:q\"><Bsn xmlns:q=\"urn:other\">999990019</Bsn></Client>")]
    [InlineData("<Client xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\"><Bsn>999990019</Bsn></Client>")]
    [InlineData("<Client><Bsn><![CDATA[999990019]]></Bsn></Client>")]
    [InlineData("<Client><Bsn>\n\t 999990019 \r\n</Bsn></Client>")]
    [InlineData("<Client><Bsn>9999<![CDATA[90]]>019</Bsn></Client>")]
    [InlineData("<Client><Bsn>99999<!-- split -->0019</Bsn></Client>")]
    [InlineData("<Client><Bsn>9999<x>900</x>19</Bsn></Client>")]
    [InlineData("<Client><Bsn>&#57;&#x39;9990019</Bsn></Client>")]
    public void MaskDocument_BsnWhateverItsPrefixNamespaceOrForm_Masked(string xml)
    {
        var masked = BsnMask.MaskDocument(xml);

        Assert.DoesNotContain("999990", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("99990019", masked, StringComparison.Ordinal);
        Assert.Contains("*******19", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskDocument_WellFormed_RestOfTheDocumentKept()
    {
        const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a:Bericht xmlns:a=\"urn:a\">\n  <a:Header><a:Afzender>0363</a:Afzender></a:Header>\n  <a:Client><a:Bsn>999990019</a:Bsn><a:Naam>K &amp; L</a:Naam></a:Client>\n</a:Bericht>";

        var masked = BsnMask.MaskDocument(Xml);

        Assert.Equal(Xml.Replace("999990019", "*******19", StringComparison.Ordinal), masked);
    }

    [Theory]
    [InlineData("<Bericht><Identificatie>999990019</Identificatie></Bericht>")]
    [InlineData("<Bericht><Commentaar>bsn 999990019 van de client</Commentaar></Bericht>")]
    [InlineData("<Bericht><Referentie code=\"999990019\"/></Bericht>")]
    [InlineData("<Bericht xmlns:x=\"urn:999990019\"><x:Bsn>1</x:Bsn></Bericht>")]
    [InlineData("<Bericht><Commentaar>99999<!-- -->0019</Commentaar></Bericht>")]
    [InlineData("<Bericht><X999990019/></Bericht>")]
    [InlineData("<Bericht><Referentie a999990019=\"1\"/></Bericht>")]
    [InlineData("<Bericht xmlns:p999990019=\"urn:q\"><p999990019:Bsn>1</p999990019:Bsn></Bericht>")]
    public void MaskDocument_ElfProefNumberOutsideBsn_MaskedInFull(string xml)
    {
        var masked = BsnMask.MaskDocument(xml);

        Assert.DoesNotContain(Bsn, masked, StringComparison.Ordinal);
        Assert.DoesNotContain("99999", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskDocument_NumbersThatAreNoBsn_Unchanged()
    {
        const string Xml = "<Bericht><Identificatie>123456789</Identificatie><Agb>12345678</Agb><Gemeente>0363</Gemeente></Bericht>";

        Assert.Equal(Xml, BsnMask.MaskDocument(Xml));
    }

    [Theory]
    [InlineData("<jw305:Client><jw305:Bsn>999990019</jw305:Bsn><jw305:Geboortedatum>20")]
    [InlineData("<Client><Bsn>999990019")]
    [InlineData("<Client><Bsn xmlns:q=\"urn:q\"><![CDATA[ 9999900")]
    [InlineData("<Client><Identificatie>999990019</Identificatie><Bsn>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"1\">]><Client><Bsn>999990019</Bsn></Client>")]
    [InlineData("<Client><Commentaar>99999&#48;019</Commentaar><")]
    public void MaskDocument_NotWellFormed_EveryBsnMaskedAsText(string xml)
    {
        var masked = BsnMask.MaskDocument(xml);

        Assert.DoesNotContain("99999", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("9999900", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskDocument_TruncatedDemo305_BsnNotShown()
    {
        var full = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\"><jw305:Header><jw305:BerichtCode>415</jw305:BerichtCode></jw305:Header>"
            + "<jw305:Client><jw305:Bsn>" + Bsn + "</jw305:Bsn><jw305:Geboortedatum><jw305:Datum>2010-01-01</jw305:Datum></jw305:Geboortedatum></jw305:Client></jw305:Bericht>";
        var truncated = full[..(full.IndexOf(Bsn, StringComparison.Ordinal) + Bsn.Length + 20)];

        var masked = BsnMask.MaskDocument(truncated);

        Assert.DoesNotContain(Bsn, masked, StringComparison.Ordinal);
        Assert.StartsWith("<?xml", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskDocument_HostileInput_NeverThrows()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            deep.Append("<a>");
        }

        deep.Append("<Bsn>").Append(Bsn).Append("</Bsn>");
        for (var i = 0; i < 100_000; i++)
        {
            deep.Append("</a>");
        }

        var inputs = new[]
        {
            deep.ToString(),
            deep.ToString()[..(deep.Length / 2 + 20)],
            new string('<', 1_000_000) + Bsn,
            string.Concat(Enumerable.Repeat("<q:Bsn a='" + new string('x', 5000), 200)) + Bsn,
            string.Concat(Enumerable.Repeat("&#57;", 200_000)),
            "<Bsn>" + new string('9', 3_000_000) + "</Bsn>",
            string.Empty,
            "\0\uFFFE\uD800" + Bsn,
        };

        foreach (var input in inputs)
        {
            var masked = BsnMask.MaskDocument(input);
            Assert.DoesNotContain(Bsn, masked, StringComparison.Ordinal);
        }
    }
}
