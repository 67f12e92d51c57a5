using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR409_GeenWoonplaatsbeginselZonderReden8Tests
{
    private static readonly TR409_GeenWoonplaatsbeginselZonderReden8 Rule = new();

    [Theory]
    [InlineData("ijw/jw319-antwoord-woonplaatsbeginsel.xml")]
    [InlineData("ijw/jw319-antwoord-in-onderzoek.xml")]
    [InlineData("iwmo/wmo319-antwoord-afgewezen.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht319>(sample)));

    [Fact]
    public void Check_OtherRedenWithWoonplaatsbeginsel_ReportsTheClass()
    {
        var b = SampleMessages.Read<Bericht319>("ijw/jw319-antwoord-woonplaatsbeginsel.xml");

        var violation = Assert.Single(Rule.Check(b with { Antwoord = b.Antwoord with { RedenAfwijzingVerzoek = "5" } }));

        Assert.Equal("/Bericht/Antwoord/Woonplaatsbeginsel", violation.Path);
        Assert.Contains("5", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InOnderzoekWithWoonplaatsbeginselAndNoReden_Passes()
    {
        // The official XSLT judges TR409 on a RedenAfwijzingVerzoek that is present; without one it is silent.
        var b = SampleMessages.Read<Bericht319>("ijw/jw319-antwoord-in-onderzoek.xml");
        var antwoord = b.Antwoord with { RedenAfwijzingVerzoek = null, Woonplaatsbeginsel = new Woonplaatsbeginsel { Gemeente = "0363" } };

        Assert.Empty(Rule.Check(b with { Antwoord = antwoord }));
    }

    [Fact]
    public void Check_IwmoModelWithWoonplaatsbeginsel_ReportsNothingBecauseTheRuleIsIjwOnly()
    {
        var b = SampleMessages.Read<Bericht319>("iwmo/wmo319-antwoord-afgewezen.xml");
        var antwoord = b.Antwoord with { Woonplaatsbeginsel = new Woonplaatsbeginsel { Gemeente = "0344" } };

        Assert.Empty(Rule.Check(b with { Antwoord = antwoord }));
    }
}
