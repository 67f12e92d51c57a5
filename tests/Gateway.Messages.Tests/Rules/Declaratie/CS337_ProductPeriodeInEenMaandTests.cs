using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CS337_ProductPeriodeInEenMaandTests
{
    private readonly CS337_ProductPeriodeInEenMaand _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_PeriodsWithinOneMonth_Passes(string sample)
    {
        // Includes an earlier month (September) corrected inside the October declaration.
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_PeriodAcrossTwoMonths_ReportsEinddatum()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(3, 1, p => p with { ProductPeriode = Periode("2026-09-15", "2026-10-31") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(3, 1) + "/ProductPeriode/Einddatum", violation.Path);
    }

    [Fact]
    public void Check_SameMonthOfAnotherYear_Fails()
    {
        var b = Declaratie(Ijw323).WithPrestatie(1, 1, p => p with { ProductPeriode = Periode("2025-10-01", "2026-10-31") });

        Assert.Single(_rule.Check(b));
    }

    [Fact]
    public void Check_PartialMonth_Passes()
    {
        var b = Declaratie(Ijw323).WithPrestatie(1, 1, p => p with { ProductPeriode = Periode("2026-10-12", "2026-10-20") });

        Assert.Empty(_rule.Check(b));
    }
}
