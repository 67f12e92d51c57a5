using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// The "same product only with periods that do not overlap" test of a request (TR386 for the 315, TR410 for the
/// NieuwProducten of the 317). Two requested products compete when they have the same Code; a product without Code
/// competes with every product of its Categorie; a product without Categorie (no Product) competes with every product.
/// iWmo hulpmiddelen never compete (<see cref="Hulpmiddelen"/>).
/// </summary>
internal static class VerzoekProductOverlap
{
    /// <summary>One requested product: its class path, product and requested period (an empty end is open).</summary>
    public sealed record Requested(string Path, Product? Product, DateOnly Begin, DateOnly? End);

    /// <summary>Each product that overlaps an earlier competing product, with the first such earlier product.</summary>
    public static IEnumerable<(Requested Later, Requested Earlier)> Find(Standard standard, IReadOnlyList<Requested> products)
    {
        for (var later = 1; later < products.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (Compete(products[earlier].Product, products[later].Product) && Overlap(products[earlier], products[later])
                    && !Hulpmiddelen.MayOverlap(standard, products[earlier].Product, products[later].Product))
                {
                    yield return (products[later], products[earlier]);
                    break;
                }
            }
        }
    }

    /// <summary>A plain-English detail naming the two products and their periods.</summary>
    public static string Describe(Requested later, Requested earlier) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name(later.Product)} from {Period(later)} overlaps {Name(earlier.Product)} from {Period(earlier)} at {earlier.Path}");

    private static bool Compete(Product? a, Product? b) =>
        a is null || b is null ||
        (a.Categorie == b.Categorie && (string.IsNullOrEmpty(a.Code) || string.IsNullOrEmpty(b.Code) || a.Code == b.Code));

    private static bool Overlap(Requested a, Requested b) =>
        a.Begin <= (b.End ?? DateOnly.MaxValue) && b.Begin <= (a.End ?? DateOnly.MaxValue);

    private static string Name(Product? product) => product switch
    {
        null => "a product without categorie",
        { Code: { Length: > 0 } code } => "product code " + code,
        _ => "categorie " + product.Categorie,
    };

    private static string Period(Requested product) => string.Create(
        CultureInfo.InvariantCulture,
        $"{product.Begin:yyyy-MM-dd} to {(product.End is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open end")}");
}
