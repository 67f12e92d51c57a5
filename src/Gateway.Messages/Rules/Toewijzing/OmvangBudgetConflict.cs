namespace Gateway.Messages.Rules;

/// <summary>
/// A product with both an Omvang and a Budget breaks CD077 (no Omvang with a Budget) and CD078 (no Budget with an
/// Omvang) alike. Both are reported, whatever the product Code: the official XSLT checks the two conditions apart
/// (CD077 on the Budget, CD078 on the Omvang), and the rule texts name no exception.
/// </summary>
internal static class OmvangBudgetConflict
{
    public static bool Has(ProductLine line) => line.Omvang is not null && line.Budget is not null;
}
