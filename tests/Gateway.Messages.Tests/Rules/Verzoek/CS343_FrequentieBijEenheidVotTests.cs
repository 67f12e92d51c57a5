using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CS343_FrequentieBijEenheidVotTests
{
    private static readonly CS343_FrequentieBijEenheidVot Rule = new();

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Theory]
    [InlineData("14")]
    [InlineData("16")]
    [InlineData("83")]
    [InlineData("84")]
    public void Check_PerDagWithRestrictedEenheid_ReportsTheFrequentie(string eenheid)
    {
        var violation = Assert.Single(Rule.Check(Vot(new Omvang(3, eenheid, "1"), new(2027, 4, 30))));

        Assert.Equal("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang/Frequentie", violation.Path);
        Assert.Contains(eenheid, violation.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("4")]
    [InlineData("6")]
    public void Check_AllowedFrequentie_ReportsNothing(string frequentie) =>
        Assert.Empty(Rule.Check(Vot(new Omvang(3, "16", frequentie), new(2027, 4, 30))));

    [Theory]
    [InlineData("01")]
    [InlineData("04")]
    [InlineData("82")]
    public void Check_PerDagWithOtherEenheid_ReportsNothing(string eenheid) =>
        Assert.Empty(Rule.Check(Vot(new Omvang(3, eenheid, "1"), new(2027, 4, 30))));

    [Fact]
    public void Check_PerDagEnding20201231_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot(new Omvang(3, "14", "1"), new(2020, 12, 31))));

    [Fact]
    public void Check_PerDagOpenEnd_ReportsTheFrequentie() =>
        Assert.Single(Rule.Check(Vot(new Omvang(3, "14", "1"), null)));

    private static Bericht315 Vot(Omvang omvang, DateOnly? einddatum)
    {
        var b = SampleMessages.Read<Bericht315>("iwmo/wmo315-verzoek-om-toewijzing.xml");
        var product = b.Client.AangevraagdeProducten[0] with { Omvang = omvang, ToewijzingEinddatum = einddatum };
        return b with { Client = b.Client with { AangevraagdeProducten = [product] } };
    }
}
