using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD079_ProductZonderBudgetTests
{
    private readonly CD079_ProductZonderBudget _rule = new();

    [Fact]
    public void Check_GenericWithBudget_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { Product = null, Omvang = null, Budget = 150000 })));

    [Fact]
    public void Check_NoProductAndNoBudget_ReportsProduct()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { Product = null, Omvang = null })));

        Assert.Equal(ToegewezenProductPath(2) + "/Product", violation.Path);
    }

    [Fact]
    public void Check_AangevraagdWithoutProductAndBudget_ReportsProduct() =>
        Assert.Equal(AangevraagdProductPath + "/Product", Assert.Single(_rule.Check(Verzoek(WmoVerzoek, p => p with { Product = null, Omvang = null }))).Path);

    [Fact]
    public void Check_NieuwProductWithoutProductAndBudget_ReportsProduct() =>
        Assert.Equal(NieuwProductPath + "/Product", Assert.Single(_rule.Check(MetNieuwProduct(JwWijziging, Nieuw()))).Path);

    [Fact]
    public void Check_TeWijzigenProductHasNoProductElement_ReportsNothing() =>
        Assert.Empty(_rule.Check(TeWijzigen(JwWijziging, p => p with { Omvang = null })));
}
