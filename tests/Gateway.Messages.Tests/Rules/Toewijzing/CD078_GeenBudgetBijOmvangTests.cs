using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD078_GeenBudgetBijOmvangTests
{
    private readonly CD078_GeenBudgetBijOmvang _rule = new();
    private readonly CD077_GeenOmvangBijBudget _other = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p)));

    [Fact]
    public void Check_SpecificProductWithOmvangAndBudget_ReportsBudgetAndCD077TheOmvang()
    {
        var bericht = Toegewezen(WmoToewijzing, 1, p => p with { Budget = 120000 });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ToegewezenProductPath(1) + "/Budget", violation.Path);
        Assert.Equal(ToegewezenProductPath(1) + "/Omvang", Assert.Single(_other.Check(bericht)).Path);
    }

    [Fact]
    public void Check_AangevraagdProductWithOmvangAndBudget_ReportsBudget() =>
        Assert.Equal(AangevraagdProductPath + "/Budget", Assert.Single(_rule.Check(Verzoek(WmoVerzoek, p => p with { Budget = 5000 }))).Path);

    [Fact]
    public void Check_BudgetOnly_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { Product = new Product("02"), Omvang = null, Budget = 120000 })));
}
