using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD076_EinddatumBijFrequentiePerWeekTests
{
    private readonly CD076_EinddatumBijFrequentiePerWeek _rule = new();

    [Fact]
    public void Check_PerWeekWithEinddatum_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p)));

    [Fact]
    public void Check_PerMonthWithoutEinddatum_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { Einddatum = null, Omvang = p.Omvang! with { Frequentie = "4" } })));

    [Fact]
    public void Check_PerWeekWithoutEinddatum_ReportsEinddatum()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { Einddatum = null })));

        Assert.Equal(ToegewezenProductPath(1) + "/Einddatum", violation.Path);
    }

    [Fact]
    public void Check_AangevraagdPerWeekWithoutEinddatum_ReportsToewijzingEinddatum()
    {
        var violation = Assert.Single(_rule.Check(Verzoek(JwVerzoek, p => p with { ToewijzingEinddatum = null })));

        Assert.Equal(AangevraagdProductPath + "/ToewijzingEinddatum", violation.Path);
    }

    [Fact]
    public void Check_TeWijzigenPerWeekWithoutEinddatum_ReportsEinddatum() =>
        Assert.Equal(TeWijzigenProductPath + "/Einddatum", Assert.Single(_rule.Check(TeWijzigen(WmoWijziging, p => p with { Einddatum = null }))).Path);
}
