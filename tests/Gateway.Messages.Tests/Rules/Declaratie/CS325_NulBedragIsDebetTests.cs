using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CS325_NulBedragIsDebetTests
{
    private readonly CS325_NulBedragIsDebet _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_Declaratie_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Theory]
    [InlineData(Ijw325Volledig)]
    [InlineData(Ijw325Afgewezen)]
    [InlineData(Iwmo325Afgewezen)]
    public void Check_Antwoord_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Antwoord(sample)));
    }

    [Fact]
    public void Check_ZeroPrestatieAsCredit_ReportsDebetCredit()
    {
        var b = Declaratie(Ijw323).WithPrestatie(2, 1, p => p with { IngediendBedrag = new BedragMetDC(0, "C") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 1) + "/IngediendBedrag/DebetCredit", violation.Path);
    }

    [Fact]
    public void Check_ZeroPrestatieAsDebit_Passes()
    {
        var b = Declaratie(Ijw323).WithPrestatie(1, 1, p => p with { IngediendBedrag = new BedragMetDC(0, "D") });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_ZeroTotalAsCredit_ReportsTotaalIngediendBedrag()
    {
        var b = Declaratie(Iwmo323);
        b = b with { Declaratie = b.Declaratie with { TotaalIngediendBedrag = new TotaalBedragMetDC(0, "C") } };

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/Declaratie/TotaalIngediendBedrag/DebetCredit", violation.Path);
    }

    [Fact]
    public void Check_ZeroToegekendAsCredit_ReportsTotaalToegekendBedrag()
    {
        var b = Antwoord(Ijw325Volledig);
        b = b with { DeclaratieAntwoord = b.DeclaratieAntwoord! with { TotaalToegekendBedrag = new TotaalBedragMetDC(0, "C") } };

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit", violation.Path);
    }

    [Fact]
    public void Check_ZeroIngediendInAntwoordAsCredit_ReportsTotaalIngediendBedrag()
    {
        var b = Antwoord(Ijw325Volledig);
        b = b with { DeclaratieAntwoord = b.DeclaratieAntwoord! with { TotaalIngediendBedrag = new TotaalBedragMetDC(0, "C") } };

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag/DebetCredit", violation.Path);
    }

    [Fact]
    public void Check_ZeroPrestatieInAntwoordAsCredit_Fails()
    {
        var b = Antwoord(Iwmo325Afgewezen).WithPrestatie(1, 1, p => p with { IngediendBedrag = new BedragMetDC(0, "C") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPrestatiePath(1, 1) + "/IngediendBedrag/DebetCredit", violation.Path);
    }
}
