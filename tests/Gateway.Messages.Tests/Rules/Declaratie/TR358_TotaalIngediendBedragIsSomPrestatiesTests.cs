using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR358_TotaalIngediendBedragIsSomPrestatiesTests
{
    private readonly TR358_TotaalIngediendBedragIsSomPrestaties _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_TotalEqualsDebitsMinusCredits_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_TotalOff_ReportsTotaalIngediendBedrag()
    {
        var b = Declaratie(Ijw323);
        b = b with { Declaratie = b.Declaratie with { TotaalIngediendBedrag = new TotaalBedragMetDC(547000, "D") } };

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/Declaratie/TotaalIngediendBedrag", violation.Path);
        Assert.Contains("547350 D", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CreditCountedAsDebit_Fails()
    {
        // The credit of 87250 in client 2 turned into a debit: the total now misses 2 × 87250.
        var b = Declaratie(Ijw323).WithPrestatie(2, 1, p => p with { IngediendBedrag = p.IngediendBedrag with { DebetCredit = "D" } });

        Assert.Single(_rule.Check(b));
    }

    [Fact]
    public void Check_NegativeSumAsCreditTotal_Passes()
    {
        // Only the credit line remains: the sum is -87250, written as 87250 C.
        var b = Declaratie(Ijw323);
        var credit = b.Prestatie(2, 1);
        b = b with
        {
            Declaratie = b.Declaratie with
            {
                Clienten = [b.Declaratie.Clienten[1] with { Prestaties = [credit] }],
                TotaalIngediendBedrag = new TotaalBedragMetDC(87250, "C"),
            },
        };

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_NegativeSumWrittenAsDebit_Fails()
    {
        var b = Declaratie(Ijw323);
        b = b with
        {
            Declaratie = b.Declaratie with
            {
                Clienten = [b.Declaratie.Clienten[1] with { Prestaties = [b.Prestatie(2, 1)] }],
                TotaalIngediendBedrag = new TotaalBedragMetDC(87250, "D"),
            },
        };

        Assert.Single(_rule.Check(b));
    }
}
