using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD077_GeenOmvangBijBudgetTests
{
    private readonly CD077_GeenOmvangBijBudget _rule = new();
    private readonly CD078_GeenBudgetBijOmvang _other = new();

    [Fact]
    public void Check_OmvangOnly_ReportsNothing() => Assert.Empty(_rule.Check(TeWijzigen(JwWijziging, p => p)));

    [Fact]
    public void Check_TeWijzigenWithOmvangAndBudget_ReportsOmvangAndNotCD078()
    {
        var bericht = TeWijzigen(JwWijziging, p => p with { Budget = 250000 });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(TeWijzigenProductPath + "/Omvang", violation.Path);
        Assert.Empty(_other.Check(bericht));
    }

    [Fact]
    public void Check_AspecificToewijzingWithOmvangAndBudget_ReportsOmvang()
    {
        var bericht = Toegewezen(JwToewijzing, 1, p => p with { Product = new Product("45"), Budget = 100000 });

        Assert.Equal(ToegewezenProductPath(1) + "/Omvang", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_SpecificProductWithOmvangAndBudget_LeavesItToCD078() =>
        Assert.Empty(_rule.Check(Toegewezen(JwToewijzing, 1, p => p with { Budget = 100000 })));
}
