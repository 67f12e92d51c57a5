using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD086_GeenRedenAfwijzingInOnderzoekTests
{
    private static readonly CD086_GeenRedenAfwijzingInOnderzoek Rule = new();

    [Theory]
    [InlineData("ijw/jw319-antwoord-in-onderzoek.xml")]
    [InlineData("iwmo/wmo319-antwoord-in-onderzoek.xml")]
    [InlineData("iwmo/wmo319-antwoord-afgewezen.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht319>(sample)));

    [Fact]
    public void Check_InOnderzoekWithReden_ReportsTheReden()
    {
        var b = SampleMessages.Read<Bericht319>("ijw/jw319-antwoord-in-onderzoek.xml");

        var violation = Assert.Single(Rule.Check(b with { Antwoord = b.Antwoord with { RedenAfwijzingVerzoek = "3" } }));

        Assert.Equal("/Bericht/Antwoord/RedenAfwijzingVerzoek", violation.Path);
        Assert.Contains("3", violation.Detail, StringComparison.Ordinal);
    }
}
