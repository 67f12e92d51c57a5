using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using Gateway.Messages.Tests.Support;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CS003_EinddatumNietVoorBegindatumTests
{
    private readonly CS003_EinddatumNietVoorBegindatum _rule = new();

    [Theory]
    [InlineData(JwToewijzing)]
    [InlineData(WmoVerzoek)]
    [InlineData(WmoWijziging)]
    public void Check_ValidSample_ReportsNothing(string sample) =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht>(sample)));

    [Fact]
    public void Check_EinddatumEqualToIngangsdatum_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(JwToewijzing, 1, p => p with { Einddatum = p.Ingangsdatum })));

    [Fact]
    public void Check_EinddatumOneDayBeforeIngangsdatum_ReportsEinddatum()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 1, p => p with { Einddatum = new DateOnly(2026, 8, 31) })));

        Assert.Equal(ToegewezenProductPath(1) + "/Einddatum", violation.Path);
        Assert.Contains("2026-08-31", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AangevraagdEinddatumBeforeIngangsdatum_ReportsToewijzingEinddatum() =>
        Assert.Equal(
            AangevraagdProductPath + "/ToewijzingEinddatum",
            Assert.Single(_rule.Check(Verzoek(WmoVerzoek, p => p with { ToewijzingEinddatum = new DateOnly(2026, 10, 31) }))).Path);

    [Fact]
    public void Check_TeWijzigenEinddatumBeforeGewensteIngangsdatum_ReportsEinddatum() =>
        Assert.Equal(
            TeWijzigenProductPath + "/Einddatum",
            Assert.Single(_rule.Check(TeWijzigen(JwWijziging, p => p with { Einddatum = new DateOnly(2026, 11, 30) }))).Path);

    [Fact]
    public void Check_ContactPeriodeEndingBeforeItBegins_ReportsPeriodeEinddatum()
    {
        var bericht = SampleMessages.Read<Bericht301>(WmoToewijzing);
        var contact = bericht.Client.Contactgegevens[0] with
        {
            Soort = "04",
            Periode = new OpenPeriode(new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 31)),
        };
        bericht = bericht with { Client = bericht.Client with { Contactgegevens = [contact] } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/Contactgegevens/Contact[1]/Periode/Einddatum", violation.Path);
    }
}
