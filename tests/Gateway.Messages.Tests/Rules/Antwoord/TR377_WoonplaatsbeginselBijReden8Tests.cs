using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR377_WoonplaatsbeginselBijReden8Tests
{
    private static readonly TR377_WoonplaatsbeginselBijReden8 Rule = new();

    [Fact]
    public void Check_IjwReden8WithWoonplaatsbeginsel_ReportsNothing() =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht319>("ijw/jw319-antwoord-woonplaatsbeginsel.xml")));

    [Fact]
    public void Check_IjwReden8WithoutWoonplaatsbeginsel_ReportsTheMissingClass()
    {
        var b = SampleMessages.Read<Bericht319>("ijw/jw319-antwoord-woonplaatsbeginsel.xml");

        var violation = Assert.Single(Rule.Check(b with { Antwoord = b.Antwoord with { Woonplaatsbeginsel = null } }));

        Assert.Equal("/Bericht/Antwoord/Woonplaatsbeginsel", violation.Path);
    }

    [Fact]
    public void Check_IwmoReden8WithoutWoonplaatsbeginsel_ReportsNothingBecauseIwmoHasNoSuchClass()
    {
        var b = SampleMessages.Read<Bericht319>("iwmo/wmo319-antwoord-afgewezen.xml");
        Assert.Equal(Standard.Iwmo, b.Standard);

        Assert.Empty(Rule.Check(b with { Antwoord = b.Antwoord with { RedenAfwijzingVerzoek = "8" } }));
    }
}
