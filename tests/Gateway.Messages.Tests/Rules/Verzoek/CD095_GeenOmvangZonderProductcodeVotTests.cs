using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD095_GeenOmvangZonderProductcodeVotTests
{
    private static readonly CD095_GeenOmvangZonderProductcodeVot Rule = new();
    private const string OmvangPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang";

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Fact]
    public void Check_NoCodeWithOmvang_ReportsTheOmvang()
    {
        var violation = Assert.Single(Rule.Check(Vot(new Product("07"), new(2027, 4, 30), keepOmvang: true)));

        Assert.Equal(OmvangPath, violation.Path);
        Assert.Contains("2027-04-30", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoCodeWithOmvangOpenEnd_ReportsTheOmvang() =>
        Assert.Equal(OmvangPath, Assert.Single(Rule.Check(Vot(new Product("07"), null, keepOmvang: true))).Path);

    [Fact]
    public void Check_NoCodeWithOmvangEnding20201231_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot(new Product("07"), new(2020, 12, 31), keepOmvang: true)));

    [Fact]
    public void Check_NoCodeWithoutOmvang_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot(new Product("07"), new(2027, 4, 30), keepOmvang: false)));

    [Fact]
    public void Check_NoProductWithOmvang_ReportsTheOmvang() =>
        Assert.Equal(OmvangPath, Assert.Single(Rule.Check(Vot(null, new(2027, 4, 30), keepOmvang: true))).Path);

    private static Bericht315 Vot(Product? product, DateOnly? einddatum, bool keepOmvang)
    {
        var b = SampleMessages.Read<Bericht315>("iwmo/wmo315-verzoek-om-toewijzing.xml");
        var original = b.Client.AangevraagdeProducten[0];
        var changed = original with { Product = product, ToewijzingEinddatum = einddatum, Omvang = keepOmvang ? original.Omvang : null };
        return b with { Client = b.Client with { AangevraagdeProducten = [changed] } };
    }
}
