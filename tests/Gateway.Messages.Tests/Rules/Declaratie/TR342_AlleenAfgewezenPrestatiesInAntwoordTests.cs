using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR342_AlleenAfgewezenPrestatiesInAntwoordTests
{
    private const string AntwoordPath = "/Bericht/DeclaratieAntwoord";
    private readonly TR342_AlleenAfgewezenPrestatiesInAntwoord _rule = new();

    [Theory]
    [InlineData(Ijw325Volledig)]
    [InlineData(Ijw325Afgewezen)]
    [InlineData(Iwmo325Afgewezen)]
    public void Check_Samples_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Antwoord(sample)));
    }

    [Fact]
    public void Check_ToegekendNotExplainedByRejectedPrestaties_ReportsTotaalToegekendBedrag()
    {
        var b = WithAntwoord(Antwoord(Iwmo325Afgewezen), a => a with { TotaalToegekendBedrag = new TotaalBedragMetDC(87000, "D") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPath + "/TotaalToegekendBedrag", violation.Path);
        Assert.Contains("90220 D", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FullyAcceptedButToegekendDiffers_Fails()
    {
        var b = WithAntwoord(Antwoord(Ijw325Volledig), a => a with { TotaalToegekendBedrag = new TotaalBedragMetDC(500000, "D") });

        Assert.Single(_rule.Check(b));
    }

    [Fact]
    public void Check_RejectedCreditPrestatie_CountsNegative()
    {
        // A rejected credit of 90220 makes the gemeente grant more than was declared in total.
        var b = Antwoord(Iwmo325Afgewezen).WithPrestatie(1, 1, p => p with
        {
            ProductReferentie = new Referentie("W2026100001", "W2026090001"),
            IngediendBedrag = p.IngediendBedrag with { DebetCredit = "C" },
        });
        b = WithAntwoord(b, a => a with { TotaalToegekendBedrag = new TotaalBedragMetDC(268150, "D") });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_ApprovedPrestatieListed_ReportsThePrestatie()
    {
        var b = Antwoord(Ijw325Afgewezen).WithPrestatie(1, 1, p => p with { RetourCodes = ["0200"] });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPrestatiePath(1, 1), violation.Path);
    }

    [Fact]
    public void Check_PrestatieOfRejectedClientNotAssessed_Passes()
    {
        var b = Antwoord(Ijw325Afgewezen).WithPrestatie(1, 1, p => p with { RetourCodes = ["0233"] });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_DeclaratieAntwoordRejectedWithZeroToegekend_Passes()
    {
        var b = WithAntwoord(Antwoord(Ijw325Volledig), a => a with
        {
            RetourCodes = ["9333"],
            TotaalToegekendBedrag = new TotaalBedragMetDC(0, "D"),
        });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_DeclaratieAntwoordRejectedWithToegekendAmount_ReportsTotaalToegekendBedrag()
    {
        var b = WithAntwoord(Antwoord(Ijw325Volledig), a => a with { RetourCodes = ["9333"] });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPath + "/TotaalToegekendBedrag", violation.Path);
    }

    [Fact]
    public void Check_DeclaratieAntwoordRejectedWithPrestatiesListed_ReportsClienten()
    {
        var b = WithAntwoord(Antwoord(Ijw325Afgewezen), a => a with
        {
            RetourCodes = ["9333"],
            TotaalToegekendBedrag = new TotaalBedragMetDC(0, "D"),
        });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPath + "/Clienten", violation.Path);
    }

    [Fact]
    public void Check_HeaderOnlyRejection_Passes()
    {
        var b = Antwoord(Ijw325Volledig) with { DeclaratieAntwoord = null };

        Assert.Empty(_rule.Check(b));
    }

    private static Bericht325 WithAntwoord(Bericht325 b, Func<DeclaratieAntwoord, DeclaratieAntwoord> edit) =>
        b with { DeclaratieAntwoord = edit(b.DeclaratieAntwoord!) };
}
