using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD085_RedenAfwijzingBijAfwijzingTests
{
    private static readonly CD085_RedenAfwijzingBijAfwijzing Rule = new();

    [Theory]
    [InlineData("iwmo/wmo319-antwoord-afgewezen.xml")]
    [InlineData("ijw/jw319-antwoord-woonplaatsbeginsel.xml")]
    [InlineData("ijw/jw319-antwoord-in-onderzoek.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht319>(sample)));

    [Fact]
    public void Check_RejectedWithoutReden_ReportsTheReden()
    {
        var b = SampleMessages.Read<Bericht319>("iwmo/wmo319-antwoord-afgewezen.xml");

        var violation = Assert.Single(Rule.Check(b with { Antwoord = b.Antwoord with { RedenAfwijzingVerzoek = null } }));

        Assert.Equal("/Bericht/Antwoord/RedenAfwijzingVerzoek", violation.Path);
    }

    [Fact]
    public void Check_InOnderzoekWithoutReden_ReportsNothing()
    {
        var b = SampleMessages.Read<Bericht319>("iwmo/wmo319-antwoord-in-onderzoek.xml");

        Assert.Empty(Rule.Check(b with { Antwoord = b.Antwoord with { RedenAfwijzingVerzoek = null } }));
    }
}
