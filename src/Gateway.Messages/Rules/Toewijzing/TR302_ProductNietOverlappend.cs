using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR302: the same product occurs more than once in a 301 only with periods that do not overlap. Products are the same
/// when Categorie and Code match; when either has no Code, when the Categorie matches; a toewijzing without Product
/// (Categorie empty) may overlap no other toewijzing at all. Deleted toewijzingen (Einddatum = Ingangsdatum with
/// RedenWijziging 13, or the withdrawn 01) do not count. In iWmo hulpmiddelen (categorie 11-14) may overlap, as the
/// iWmo rule text and XSLT say (<see cref="Hulpmiddelen"/>).
/// </summary>
internal sealed class TR302_ProductNietOverlappend : MessageRule
{
    private static readonly string[] DeletionReasons = ["13", "01"];

    public override string Code => "TR302";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing);

    public override RuleText Meaning { get; } = new(
        "Hetzelfde product komt alleen vaker in een toewijzingsbericht voor als de periodes elkaar niet overlappen. Zonder productcode geldt dit per productcategorie; zonder categorie mag de toewijzing met geen enkel ander product overlappen. Verwijderde toewijzingen tellen niet mee.",
        "The same product occurs more than once in a toewijzing message only with non-overlapping periods. Without a product code this holds per product category; without a category the toewijzing may overlap no other product. Deleted toewijzingen do not count.");

    public override RuleText Fix { get; } = new(
        "Laat de periodes van gelijke producten op elkaar aansluiten zonder overlap: beëindig de ene toewijzing voordat de andere ingaat.",
        "Make the periods of the same product follow each other without overlap: end one toewijzing before the next one starts.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var products = ClassPaths.Of<ToegewezenProduct>(bericht)
            .Select((p, i) => (p.Path, Index: i + 1, p.Record))
            .Where(p => !IsDeleted(p.Record))
            .ToList();

        for (var j = 1; j < products.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (earlier, later) = (products[i].Record, products[j].Record);
                if (SameProduct(earlier.Product, later.Product) && Overlap(earlier, later)
                    && !Hulpmiddelen.MayOverlap(bericht.Standard, earlier.Product, later.Product))
                {
                    yield return At(
                        products[j].Path,
                        string.Create(CultureInfo.InvariantCulture, $"Toewijzing {later.ToewijzingNummer} ({Describe(later.Product)}) overlaps toewijzing {earlier.ToewijzingNummer} (ToegewezenProduct[{products[i].Index}]) for the same product"));
                }
            }
        }
    }

    private static bool IsDeleted(ToegewezenProduct product) =>
        product.RedenWijziging is { } reden && DeletionReasons.Contains(reden) && product.Einddatum == product.Ingangsdatum;

    private static bool SameProduct(Product? a, Product? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        if (!string.Equals(a.Categorie, b.Categorie, StringComparison.Ordinal))
        {
            return false;
        }

        return a.Code is null || b.Code is null || string.Equals(a.Code, b.Code, StringComparison.Ordinal);
    }

    private static bool Overlap(ToegewezenProduct a, ToegewezenProduct b) =>
        a.Ingangsdatum <= (b.Einddatum ?? DateOnly.MaxValue) && b.Ingangsdatum <= (a.Einddatum ?? DateOnly.MaxValue);

    private static string Describe(Product? product) => product switch
    {
        null => "no product",
        { Code: { } code } => $"categorie {product.Categorie}, code {code}",
        _ => $"categorie {product.Categorie}",
    };
}
