using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD077_GeenOmvangBijBudgetTests
{
    private readonly CD077_GeenOmvangBijBudget _rule = new();
    private readonly CD078_GeenBudgetBijOmvang _other = new();

    [Fact]
    public void Check_OmvangOnly_ReportsNothing() => Assert.Empty(_rule.Check(TeWijzigen(JwWijziging, p => p)));

    [Fact]
    public void Check_TeWijzigenWithOmvangAndBudget_ReportsOmvangAndCD078TheBudget()
    {
        var bericht = TeWijzigen(JwWijziging, p => p with { Budget = 250000 });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(TeWijzigenProductPath + "/Omvang", violation.Path);
        Assert.Equal(TeWijzigenProductPath + "/Budget", Assert.Single(_other.Check(bericht)).Path);
    }

    [Fact]
    public void Check_AspecificToewijzingWithOmvangAndBudget_ReportsOmvang()
    {
        var bericht = Toegewezen(JwToewijzing, 1, p => p with { Product = new Product("45"), Budget = 100000 });

        Assert.Equal(ToegewezenProductPath(1) + "/Omvang", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_SpecificProductWithOmvangAndBudget_ReportsOmvangToo() =>
        Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 1, p => p with { Budget = 100000 })));
}
