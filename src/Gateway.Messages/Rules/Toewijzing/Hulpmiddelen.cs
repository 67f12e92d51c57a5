using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// iWmo hulpmiddelen (productcategorieën 11, 12, 13 and 14) may be allocated or requested more than once for
/// overlapping periods: the iWmo rule texts of TR302, TR386 and TR410 end in "of indien sprake is van hulpmiddelen",
/// and the official iWmo XSLT skips a pair when either product has one of these categories. iJw has no such exception.
/// </summary>
internal static class Hulpmiddelen
{
    private static readonly string[] Categorieen = ["11", "12", "13", "14"];

    /// <summary>True when the pair is exempt from the overlap rules: an iWmo message and either product a hulpmiddel.</summary>
    public static bool MayOverlap(Standard standard, Product? a, Product? b) =>
        standard == Standard.Iwmo && (IsHulpmiddel(a) || IsHulpmiddel(b));

    private static bool IsHulpmiddel(Product? product) =>
        product?.Categorie is { } categorie && Categorieen.Contains(categorie.Trim());
}
