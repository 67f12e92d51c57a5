using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD075_EinddatumBijBudgetTests
{
    private readonly CD075_EinddatumBijBudget _rule = new();

    private static ToegewezenProduct Budgetted(ToegewezenProduct p) => p with { Product = new Product("54"), Omvang = null, Budget = 150000 };

    [Fact]
    public void Check_BudgetWithEinddatum_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(JwToewijzing, 2, p => Budgetted(p) with { Einddatum = new DateOnly(2027, 8, 31) })));

    [Fact]
    public void Check_BudgetWithoutEinddatum_ReportsEinddatum()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 2, Budgetted)));

        Assert.Equal(ToegewezenProductPath(2) + "/Einddatum", violation.Path);
    }

    [Fact]
    public void Check_AangevraagdProductWithBudgetWithoutEinddatum_ReportsToewijzingEinddatum()
    {
        var bericht = Verzoek(WmoVerzoek, p => p with { Product = new Product("07"), Omvang = null, Budget = 50000, ToewijzingEinddatum = null });

        Assert.Equal(AangevraagdProductPath + "/ToewijzingEinddatum", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_TeWijzigenProductWithBudgetWithoutEinddatum_ReportsEinddatum()
    {
        var bericht = TeWijzigen(JwWijziging, p => p with { Omvang = null, Budget = 50000, Einddatum = null });

        Assert.Equal(TeWijzigenProductPath + "/Einddatum", Assert.Single(_rule.Check(bericht)).Path);
    }
}
