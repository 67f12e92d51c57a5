namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>
/// A product with both an Omvang and a Budget breaks CD077 (no Omvang with a Budget) and CD078 (no Budget with an
/// Omvang) alike: the two conditions describe one conflict from both sides. So that one conflict yields one code,
/// it is attributed to the element that does not belong to the kind of product: with a product Code (a specific
/// product, which needs an Omvang per CD041) the Budget is out of place (CD078); without a Code (aspecific or
/// generic, where CD080 wants no Omvang) the Omvang is (CD077).
/// </summary>
internal static class OmvangBudgetConflict
{
    public static bool Has(ProductLine line) => line.Omvang is not null && line.Budget is not null;
}
