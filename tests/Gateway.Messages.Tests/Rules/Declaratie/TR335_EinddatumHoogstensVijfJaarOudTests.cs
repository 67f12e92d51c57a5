using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR335_EinddatumHoogstensVijfJaarOudTests
{
    private readonly TR335_EinddatumHoogstensVijfJaarOud _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_RecentPeriods_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_EinddatumExactlyFiveYearsBeforeDagtekening_Passes()
    {
        // DeclaratieDagtekening is 2026-11-03.
        var b = Declaratie(Iwmo323).WithPrestatie(2, 1, p => p with { ProductPeriode = Periode("2021-11-01", "2021-11-03") });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_EinddatumOneDayMoreThanFiveYearsBeforeDagtekening_ReportsEinddatum()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 1, p => p with { ProductPeriode = Periode("2021-11-01", "2021-11-02") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 1) + "/ProductPeriode/Einddatum", violation.Path);
        Assert.Contains("2021-11-02", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MeasuredFromDeclaratieDagtekeningNotHeaderDagtekening_Fails()
    {
        var b = Declaratie(Ijw323).WithPrestatie(2, 1, p => p with { ProductPeriode = Periode("2021-11-01", "2021-11-03") });
        b = b with { Declaratie = b.Declaratie with { DeclaratieDagtekening = new DateOnly(2026, 11, 4) } };

        Assert.Single(_rule.Check(b));
    }
}
