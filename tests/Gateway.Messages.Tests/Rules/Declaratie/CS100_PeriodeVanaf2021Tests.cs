using Gateway.Messages.Rules;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CS100_PeriodeVanaf2021Tests
{
    private readonly CS100_PeriodeVanaf2021 _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_PeriodsFrom2021_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_DeclaratiePeriodeIn2020_ReportsDeclaratiePeriode()
    {
        var b = Declaratie(Ijw323);
        b = b with { Declaratie = b.Declaratie with { DeclaratiePeriode = Periode("2020-12-01", "2020-12-31") } };

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/Declaratie/DeclaratiePeriode/Begindatum", violation.Path);
    }

    [Fact]
    public void Check_ProductPeriodeIn2020_ReportsProductPeriode()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 1, p => p with { ProductPeriode = Periode("2020-12-01", "2020-12-31") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 1) + "/ProductPeriode/Begindatum", violation.Path);
    }

    [Fact]
    public void Check_ProductPeriodeStartingOnFirstDayOf2021_Passes()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 1, p => p with { ProductPeriode = Periode("2021-01-01", "2021-01-31") });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_ProductPeriodeEndingOnLastDayOf2020_PassesBecauseOnlyTheBegindatumCounts()
    {
        // The official XSLT checks the Begindatum only; the inverted period is TR137's to report.
        var b = Declaratie(Iwmo323).WithPrestatie(2, 1, p => p with { ProductPeriode = Periode("2021-01-05", "2020-12-31") });

        Assert.Empty(_rule.Check(b));
    }
}
