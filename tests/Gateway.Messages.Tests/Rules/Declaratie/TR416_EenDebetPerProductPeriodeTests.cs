using Gateway.Messages.Rules;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR416_EenDebetPerProductPeriodeTests
{
    private readonly TR416_EenDebetPerProductPeriode _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_CreditAndOneDebitForSamePeriod_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_TwoDebitsForSamePeriodProductAndToewijzing_ReportsTheSecond()
    {
        // Client 2 holds a September debit (prestatie 2); move its October debit (prestatie 3) to September too.
        var b = Declaratie(Iwmo323).WithPrestatie(2, 3, p => p with { ProductPeriode = Periode("2026-09-01", "2026-09-30") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 3), violation.Path);
        Assert.Contains("30250455", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SecondDebitWithOtherToewijzingNummer_Passes()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 3, p => p with
        {
            ProductPeriode = Periode("2026-09-01", "2026-09-30"),
            ToewijzingNummer = 30250456,
        });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_SecondDebitWithOtherProductCode_Passes()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 3, p => p with
        {
            ProductPeriode = Periode("2026-09-01", "2026-09-30"),
            ProductCode = "07A03",
        });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_CreditTurnedIntoSecondDebit_Fails()
    {
        var b = Declaratie(Ijw323).WithPrestatie(2, 1, p => p with
        {
            IngediendBedrag = p.IngediendBedrag with { DebetCredit = "D" },
        });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 2), violation.Path);
    }

    [Fact]
    public void Check_SameDebitUnderTwoClients_PassesLikeTheXslt()
    {
        // The official level-2 XSLT of 3.2 compares a debit only with the earlier prestaties of the same client.
        var b = Declaratie(Iwmo323);
        var first = b.Declaratie.Clienten[0].Prestaties[0];
        b = b.WithPrestatie(2, 3, p => p with
        {
            ProductPeriode = first.ProductPeriode,
            ProductCategorie = first.ProductCategorie,
            ProductCode = first.ProductCode,
            ToewijzingNummer = first.ToewijzingNummer,
            IngediendBedrag = p.IngediendBedrag with { DebetCredit = "D" },
        });

        Assert.Empty(_rule.Check(b));
    }
}
