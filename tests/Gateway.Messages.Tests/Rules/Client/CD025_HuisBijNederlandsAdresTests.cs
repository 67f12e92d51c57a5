using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CD025_HuisBijNederlandsAdresTests
{
    private readonly CD025_HuisBijNederlandsAdres _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(ContactEdits.Sample("iwmo/wmo301-toewijzing.xml")));

    [Fact]
    public void Check_ForeignAddressWithoutHuis_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.RelatieContactWith(c => c with { Adres = c.Adres! with { Huis = null, LandCode = "BE", Postcode = "2000" } })));

    [Fact]
    public void Check_DutchAddressWithoutHuis_ReportsHuis()
    {
        var bericht = ContactEdits.RelatieContactWith(c => c with { Adres = c.Adres! with { Huis = null } }, "iwmo/wmo301-toewijzing.xml");

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ContactEdits.RelatieContact + "/Adres/Huis", violation.Path);
    }
}
