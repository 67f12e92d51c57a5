using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD067_NaamVerwijzerZonderAgbCodeTests
{
    private static readonly CD067_NaamVerwijzerZonderAgbCode Rule = new();

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Theory]
    [InlineData("02")]
    [InlineData("05")]
    public void Check_CareProviderWithoutAgbCodeAndName_ReportsTheName(string type)
    {
        var violation = Assert.Single(Rule.Check(VerwijzerVot.With(new Verwijzer(type))));

        Assert.Equal(VerwijzerVot.VerwijzerPath + "/Naam", violation.Path);
    }

    [Fact]
    public void Check_CareProviderWithOnlyName_ReportsNothing() =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer("03", "Jeugdarts GGD"))));

    [Fact]
    public void Check_CareProviderWithOnlyAgbCode_ReportsNothing() =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer("04", ZorgverlenerCode: "01012345"))));

    [Fact]
    public void Check_SelfReferralWithoutNameOrCode_ReportsNothing() =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer("06"))));
}
