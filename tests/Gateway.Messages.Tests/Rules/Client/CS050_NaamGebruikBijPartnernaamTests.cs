using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CS050_NaamGebruikBijPartnernaamTests
{
    private readonly CS050_NaamGebruikBijPartnernaam _rule = new();

    private static Bericht301 WithClientNaam(string sample, Func<VolledigeNaam, VolledigeNaam> change)
    {
        var bericht = SampleMessages.Read<Bericht301>(sample);
        return bericht with { Client = bericht.Client with { Naam = change(bericht.Client.Naam) } };
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml")]
    [InlineData("iwmo/wmo301-toewijzing.xml")]
    public void Check_ValidSample_ReportsNothing(string sample) =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht301>(sample)));

    [Theory]
    [InlineData("1")]
    [InlineData("6")]
    public void Check_WithoutPartnernaam1Or6_ReportsNothing(string naamGebruik) =>
        Assert.Empty(_rule.Check(WithClientNaam("ijw/jw301-toewijzing.xml", n => n with { NaamGebruik = naamGebruik })));

    [Theory]
    [InlineData("2")]
    [InlineData("5")]
    public void Check_WithoutPartnernaamOtherValue_ReportsNaamGebruik(string naamGebruik)
    {
        var violation = Assert.Single(_rule.Check(WithClientNaam("ijw/jw301-toewijzing.xml", n => n with { NaamGebruik = naamGebruik })));

        Assert.Equal("/Bericht/Client/Naam/NaamGebruik", violation.Path);
    }

    [Fact]
    public void Check_WithPartnernaam6_Reports() =>
        Assert.Single(_rule.Check(WithClientNaam("iwmo/wmo301-toewijzing.xml", n => n with { NaamGebruik = "6" })));

    [Fact]
    public void Check_RelatieWithoutPartnernaam3_ReportsTheRelatie()
    {
        var bericht = SampleMessages.Read<Bericht301>("iwmo/wmo301-toewijzing.xml");
        var relatie = bericht.Client.Relaties![0];
        relatie = relatie with { Naam = relatie.Naam with { NaamGebruik = "3" } };
        bericht = bericht with { Client = bericht.Client with { Relaties = [relatie] } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/Relaties/Relatie[1]/Naam/NaamGebruik", violation.Path);
    }
}
