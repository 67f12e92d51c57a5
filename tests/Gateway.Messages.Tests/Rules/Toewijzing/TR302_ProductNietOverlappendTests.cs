using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class TR302_ProductNietOverlappendTests
{
    private readonly TR302_ProductNietOverlappend _rule = new();

    // Sample product 1: 45/45A48 from 2026-09-01 to 2027-02-28; product 2: 54/54002 from 2026-09-01, open.
    private static Bericht301 SecondAs(Func<ToegewezenProduct, ToegewezenProduct> change) => Toegewezen(JwToewijzing, 2, change);

    [Fact]
    public void Check_DifferentProducts_ReportsNothing() => Assert.Empty(_rule.Check(SecondAs(p => p)));

    [Fact]
    public void Check_SameCodeOverlapping_ReportsTheLaterProduct()
    {
        var violation = Assert.Single(_rule.Check(SecondAs(p => p with { Product = new Product("45", "45A48") })));

        Assert.Equal(ToegewezenProductPath(2), violation.Path);
        Assert.Contains("ToegewezenProduct[1]", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameCodeStartingTheDayAfter_ReportsNothing() =>
        Assert.Empty(_rule.Check(SecondAs(p => p with { Product = new Product("45", "45A48"), Ingangsdatum = new DateOnly(2027, 3, 1) })));

    [Fact]
    public void Check_SameCodeStartingOnTheEndDate_Reports() =>
        Assert.Single(_rule.Check(SecondAs(p => p with { Product = new Product("45", "45A48"), Ingangsdatum = new DateOnly(2027, 2, 28) })));

    [Fact]
    public void Check_SameCategorieDifferentCodes_ReportsNothing() =>
        Assert.Empty(_rule.Check(SecondAs(p => p with { Product = new Product("45", "45A49") })));

    [Fact]
    public void Check_SameCategorieOneWithoutCode_Reports() =>
        Assert.Single(_rule.Check(SecondAs(p => p with { Product = new Product("45"), Omvang = null })));

    [Fact]
    public void Check_WithoutProductOverlappingAnything_Reports() =>
        Assert.Single(_rule.Check(SecondAs(p => p with { Product = null, Omvang = null, Budget = 100000 })));

    [Theory]
    [InlineData("13")]
    [InlineData("01")]
    public void Check_DeletedToewijzingOfTheSameProduct_ReportsNothing(string reden) =>
        Assert.Empty(_rule.Check(SecondAs(p => p with
        {
            Product = new Product("45", "45A48"),
            Einddatum = p.Ingangsdatum,
            RedenWijziging = reden,
        })));

    [Fact]
    public void Check_ReasonOtherThanDeletionWithEqualDates_Reports() =>
        Assert.Single(_rule.Check(SecondAs(p => p with
        {
            Product = new Product("45", "45A48"),
            Einddatum = p.Ingangsdatum,
            RedenWijziging = "05",
        })));
}
