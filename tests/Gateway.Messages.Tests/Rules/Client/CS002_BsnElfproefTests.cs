using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CS002_BsnElfproefTests
{
    private readonly CS002_BsnElfproef _rule = new();

    [Theory]
    [InlineData("123456782")]
    [InlineData("999990184")]
    public void PassesElfproef_ValidNumber_IsTrue(string bsn) => Assert.True(Burgerservicenummer.PassesElfproef(bsn));

    [Theory]
    [InlineData("123456781")]
    [InlineData("999990185")]
    [InlineData("12345678")]
    [InlineData("12345678A")]
    public void PassesElfproef_InvalidNumber_IsFalse(string bsn) => Assert.False(Burgerservicenummer.PassesElfproef(bsn));

    [Fact]
    public void Check_ValidStart_ReportsNothing() =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht305>("ijw/jw305-start.xml")));

    [Fact]
    public void Check_StartWithInvalidBsn_ReportsWithoutNamingTheNumber()
    {
        var bericht = SampleMessages.Read<Bericht305>("ijw/jw305-start.xml");
        bericht = bericht with { Client = bericht.Client with { Bsn = "999990185" } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/Bsn", violation.Path);
        Assert.DoesNotContain("999990185", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeclaratieWithInvalidSecondClient_ReportsThatClient()
    {
        var bericht = SampleMessages.Read<Bericht323>("iwmo/wmo323-declaratie.xml");
        var clienten = bericht.Declaratie.Clienten.ToList();
        clienten[1] = clienten[1] with { Bsn = "123456781" };
        bericht = bericht with { Declaratie = bericht.Declaratie with { Clienten = clienten } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Declaratie/Clienten/Client[2]/Bsn", violation.Path);
    }

    [Fact]
    public void Check_VerzoekOmWijzigingWithInvalidBsn_Reports()
    {
        var bericht = SampleMessages.Read<Bericht317>("iwmo/wmo317-verzoek-om-wijziging.xml");
        bericht = bericht with { Client = bericht.Client with { Bsn = "123456781" } };

        Assert.Single(_rule.Check(bericht));
    }

    [Fact]
    public void Validate_RetourWithInvalidBsn_ReportsCS002LikeTheXslt()
    {
        // The official level-2 XSLT of 3.2 checks every Bsn element, also the client a 316 echoes back.
        var bericht = SampleMessages.Read<Bericht316>("ijw/jw316-verzoek-om-toewijzing-retour-afgekeurd.xml");
        bericht = bericht with { Client = bericht.Client! with { Bsn = "999990185" } };

        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht316>("ijw/jw316-verzoek-om-toewijzing-retour-afgekeurd.xml")));
        var issue = Assert.Single(Level2Validator.Default.Validate(bericht));
        Assert.Equal(("CS002", "/Bericht/Client/Bsn"), (issue.Code, issue.Path));
    }
}
