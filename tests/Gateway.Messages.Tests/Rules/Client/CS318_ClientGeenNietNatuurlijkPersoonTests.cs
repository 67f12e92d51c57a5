using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CS318_ClientGeenNietNatuurlijkPersoonTests
{
    private readonly CS318_ClientGeenNietNatuurlijkPersoon _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml")));

    [Fact]
    public void Check_ClientNaamGebruik6_ReportsNaamGebruik()
    {
        var bericht = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        bericht = bericht with { Client = bericht.Client with { Naam = bericht.Client.Naam with { NaamGebruik = "6" } } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/Naam/NaamGebruik", violation.Path);
    }

    [Fact]
    public void Check_RelatieNaamGebruik6_ReportsNothing()
    {
        var bericht = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        var relatie = bericht.Client.Relaties![0];
        relatie = relatie with { Naam = relatie.Naam with { NaamGebruik = "6" } };
        bericht = bericht with { Client = bericht.Client with { Relaties = [relatie] } };

        Assert.Empty(_rule.Check(bericht));
    }
}
