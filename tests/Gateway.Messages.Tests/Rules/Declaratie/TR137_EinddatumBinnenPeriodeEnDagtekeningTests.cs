using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR137_EinddatumBinnenPeriodeEnDagtekeningTests
{
    private readonly TR137_EinddatumBinnenPeriodeEnDagtekening _rule = new();

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
    public void Check_ProductPeriodeEndingBeforeItBegins_ReportsEinddatum()
    {
        var b = Declaratie(Ijw323).WithPrestatie(1, 1, p => p with { ProductPeriode = Periode("2026-10-20", "2026-10-10") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(1, 1) + "/ProductPeriode/Einddatum", violation.Path);
    }

    [Fact]
    public void Check_OneDayPeriod_Passes()
    {
        var b = Declaratie(Ijw323).WithPrestatie(1, 1, p => p with { ProductPeriode = Periode("2026-10-20", "2026-10-20") });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_DeclaratiePeriodeEndingAfterDagtekening_ReportsDeclaratiePeriode()
    {
        var b = Declaratie(Iwmo323);
        b = b with { Declaratie = b.Declaratie with { DeclaratiePeriode = Periode("2026-11-01", "2026-11-30") } };

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal("/Bericht/Declaratie/DeclaratiePeriode/Einddatum", violation.Path);
        Assert.Contains("2026-11-03", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EinddatumOnDagtekening_Passes()
    {
        var b = Declaratie(Iwmo323);
        b = b with { Header = b.Header with { BerichtIdentificatie = b.Header.BerichtIdentificatie with { Dagtekening = new DateOnly(2026, 10, 31) } } };

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_EinddatumOneDayAfterDagtekening_Fails()
    {
        var b = Declaratie(Iwmo323);
        b = b with { Header = b.Header with { BerichtIdentificatie = b.Header.BerichtIdentificatie with { Dagtekening = new DateOnly(2026, 10, 30) } } };

        // The DeclaratiePeriode and the four October prestaties all end on 31 October.
        Assert.Equal(5, _rule.Check(b).Count());
    }

    [Fact]
    public void Check_AntwoordPrestatieEndingAfterTheAntwoordsDagtekening_Fails()
    {
        var b = Antwoord(Iwmo325Afgewezen).WithPrestatie(1, 1, p => p with { ProductPeriode = Periode("2026-11-01", "2026-11-30") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPrestatiePath(1, 1) + "/ProductPeriode/Einddatum", violation.Path);
    }
}
