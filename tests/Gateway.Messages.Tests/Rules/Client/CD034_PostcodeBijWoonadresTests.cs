using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CD034_PostcodeBijWoonadresTests
{
    private readonly CD034_PostcodeBijWoonadres _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(ContactEdits.Sample()));

    [Theory]
    [InlineData("02")]
    [InlineData("04")]
    public void Check_OtherKindWithoutPostcode_ReportsNothing(string soort) =>
        Assert.Empty(_rule.Check(ContactEdits.RelatieContactWith(c => c with { Soort = soort, Adres = c.Adres! with { Postcode = null } })));

    [Theory]
    [InlineData("01")]
    [InlineData("03")]
    public void Check_BrpOrResidenceWithoutPostcode_ReportsPostcode(string soort)
    {
        var bericht = ContactEdits.ClientContactWith(c => c with { Soort = soort, Adres = c.Adres! with { Postcode = null } });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ContactEdits.ClientContact + "/Adres/Postcode", violation.Path);
    }

    [Fact]
    public void Check_BrpContactWithoutAdres_ReportsPostcode() =>
        Assert.Single(_rule.Check(ContactEdits.RelatieContactWith(c => c with { Adres = null })));
}
