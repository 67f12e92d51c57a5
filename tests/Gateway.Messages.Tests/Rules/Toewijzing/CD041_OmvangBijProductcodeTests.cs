using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using Gateway.Messages.Tests.Support;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD041_OmvangBijProductcodeTests
{
    private readonly CD041_OmvangBijProductcode _rule = new();

    [Theory]
    [InlineData(JwToewijzing)]
    [InlineData(WmoVerzoek)]
    [InlineData(JwWijziging)]
    public void Check_ValidSample_ReportsNothing(string sample) =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht>(sample)));

    [Fact]
    public void Check_ToegewezenProductWithCodeWithoutOmvang_ReportsOmvang()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { Omvang = null })));

        Assert.Equal(ToegewezenProductPath(2) + "/Omvang", violation.Path);
    }

    [Fact]
    public void Check_AspecificWithoutOmvang_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { Omvang = null, Product = new Product("54") })));

    [Fact]
    public void Check_AangevraagdProductWithCodeWithoutOmvang_ReportsOmvang()
    {
        var violation = Assert.Single(_rule.Check(Verzoek(JwVerzoek, p => p with { Omvang = null })));

        Assert.Equal(AangevraagdProductPath + "/Omvang", violation.Path);
    }

    [Fact]
    public void Check_NieuwProductWithCodeWithoutOmvang_ReportsOmvang()
    {
        var bericht = MetNieuwProduct(WmoWijziging, Nieuw(new Product("07", "07A02"), einddatum: new DateOnly(2027, 5, 31)));

        Assert.Equal(NieuwProductPath + "/Omvang", Assert.Single(_rule.Check(bericht)).Path);
    }
}
