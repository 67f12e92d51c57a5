using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD066_GeenNaamVerwijzerBijAgbCodeTests
{
    private static readonly CD066_GeenNaamVerwijzerBijAgbCode Rule = new();

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Theory]
    [InlineData("02")]
    [InlineData("03")]
    [InlineData("04")]
    [InlineData("05")]
    public void Check_CareProviderWithAgbCodeAndName_ReportsTheName(string type)
    {
        var violation = Assert.Single(Rule.Check(VerwijzerVot.With(new Verwijzer(type, "Huisartsenpraktijk Lunetten", "01012345"))));

        Assert.Equal(VerwijzerVot.VerwijzerPath + "/Naam", violation.Path);
    }

    [Fact]
    public void Check_CareProviderWithOnlyName_ReportsNothing() =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer("02", "Huisartsenpraktijk Lunetten"))));

    [Theory]
    [InlineData("01")]
    [InlineData("06")]
    [InlineData("08")]
    public void Check_OtherTypeWithAgbCodeAndName_IsNotThisRule(string type) =>
        Assert.Empty(Rule.Check(VerwijzerVot.With(new Verwijzer(type, "Wijkteam Noord", "01012345"))));
}
