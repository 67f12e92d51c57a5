using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CS338_FrequentieBijGroteEenheidTests
{
    private readonly CS338_FrequentieBijGroteEenheid _rule = new();

    private static Bericht301 WithOmvang(string eenheid, string frequentie, DateOnly? einddatum = null) =>
        Toegewezen(JwToewijzing, 2, p => p with { Omvang = new Omvang(1, eenheid, frequentie), Einddatum = einddatum });

    [Theory]
    [InlineData("14", "2")]
    [InlineData("16", "4")]
    [InlineData("83", "6")]
    [InlineData("04", "1")]
    [InlineData("01", "1")]
    public void Check_AllowedCombination_ReportsNothing(string eenheid, string frequentie) =>
        Assert.Empty(_rule.Check(WithOmvang(eenheid, frequentie)));

    [Theory]
    [InlineData("14")]
    [InlineData("16")]
    [InlineData("83")]
    [InlineData("84")]
    public void Check_PerDayForLargeUnit_ReportsFrequentie(string eenheid)
    {
        var violation = Assert.Single(_rule.Check(WithOmvang(eenheid, "1")));

        Assert.Equal(ToegewezenProductPath(2) + "/Omvang/Frequentie", violation.Path);
    }

    [Fact]
    public void Check_PerDayEndingOn20201231_ReportsNothing() =>
        Assert.Empty(_rule.Check(WithOmvang("14", "1", new DateOnly(2020, 12, 31))));

    [Fact]
    public void Check_PerDayEndingOn20210101_Reports() =>
        Assert.Single(_rule.Check(WithOmvang("14", "1", new DateOnly(2021, 1, 1))));

    [Fact]
    public void Check_TeWijzigenPerDayForDagdeel_ReportsFrequentie() =>
        Assert.Equal(
            TeWijzigenProductPath + "/Omvang/Frequentie",
            Assert.Single(_rule.Check(TeWijzigen(WmoWijziging, p => p with { Omvang = new Omvang(2, "16", "1") }))).Path);

    [Fact]
    public void Check_VerzoekOmToewijzing_IsLeftToCS343()
    {
        Assert.DoesNotContain(Gateway.Messages.Standards.MessageCode.VerzoekOmToewijzing, _rule.AppliesTo);
        Assert.Empty(_rule.Check(Verzoek(WmoVerzoek, p => p with { Omvang = new Omvang(2, "16", "1") })));
    }
}
