using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD068_GeenAgbCodeVoorAndereVerwijzerTests
{
    private static readonly CD068_GeenAgbCodeVoorAndereVerwijzer Rule = new();

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Theory]
    [InlineData("01")]
    [InlineData("06")]
    [InlineData("08")]
    public void Check_NonCareProviderWithAgbCode_ReportsTheCode(string type)
    {
        var violation = Assert.Single(Rule.Check(VerwijzerVot.With(new Verwijzer(type, "Buurtteam Noord", "01012345"))));

        Assert.Equal(VerwijzerVot.VerwijzerPath + "/ZorgverlenerCode", violation.Path);
    }

    [Fact]
    public void Check_NonCareProviderWithoutAgbCode_ReportsNothing() =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer("01", "Buurtteam Noord"))));

    [Fact]
    public void Check_CareProviderWithAgbCode_ReportsNothing() =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer("05", ZorgverlenerCode: "01012345"))));
}
