using Gateway.Messages.Model;
using Gateway.Messages.Rules;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CS089_NederlandsePostcodeTests
{
    private readonly CS089_NederlandsePostcode _rule = new();

    private static Bericht301 WithPostcode(string postcode, string landCode = "NL") =>
        ContactEdits.ClientContactWith(c => c with { Adres = c.Adres! with { Postcode = postcode, LandCode = landCode } }, "iwmo/wmo301-toewijzing.xml");

    [Theory]
    [InlineData("1053EC")]
    [InlineData("9999zz")]
    public void Check_DutchFormat_ReportsNothing(string postcode) => Assert.Empty(_rule.Check(WithPostcode(postcode)));

    [Theory]
    [InlineData("1053 EC")]
    [InlineData("0153EC")]
    [InlineData("1053E")]
    [InlineData("10531EC")]
    public void Check_OtherFormatInNL_ReportsPostcode(string postcode)
    {
        var violation = Assert.Single(_rule.Check(WithPostcode(postcode)));

        Assert.Equal(ContactEdits.ClientContact + "/Adres/Postcode", violation.Path);
    }

    [Fact]
    public void Check_ForeignPostcode_ReportsNothing() => Assert.Empty(_rule.Check(WithPostcode("B-2000", "BE")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_NLWithoutPostcode_ReportsPostcodeAsTheXsltDoes(string? postcode)
    {
        var bericht = ContactEdits.ClientContactWith(c => c with { Adres = c.Adres! with { Postcode = postcode } });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ContactEdits.ClientContact + "/Adres/Postcode", violation.Path);
    }

    [Fact]
    public void Check_NoLandCodeAndNoPostcode_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.ClientContactWith(c => c with { Adres = c.Adres! with { Postcode = null, LandCode = null } })));
}
