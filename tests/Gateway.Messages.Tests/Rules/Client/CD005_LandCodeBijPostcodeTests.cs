using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CD005_LandCodeBijPostcodeTests
{
    private readonly CD005_LandCodeBijPostcode _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(ContactEdits.Sample()));

    [Fact]
    public void Check_NoPostcodeAndNoLandCode_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.RelatieContactWith(c => c with { Adres = c.Adres! with { Postcode = null, LandCode = null } })));

    [Fact]
    public void Check_PostcodeWithoutLandCode_ReportsLandCode()
    {
        var bericht = ContactEdits.ClientContactWith(c => c with { Adres = c.Adres! with { LandCode = null } });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ContactEdits.ClientContact + "/Adres/LandCode", violation.Path);
    }

    [Fact]
    public void Check_LandCodeWithoutPostcode_ReportsLandCode()
    {
        var bericht = ContactEdits.RelatieContactWith(c => c with { Adres = c.Adres! with { Postcode = null } });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ContactEdits.RelatieContact + "/Adres/LandCode", violation.Path);
    }
}
