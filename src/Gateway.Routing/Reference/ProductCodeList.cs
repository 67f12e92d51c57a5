using Gateway.Messages.Standards;

namespace Gateway.Routing.Reference;

/// <summary>A product code list: the national list of a standard or a municipality's own.</summary>
public sealed class ProductCodeList
{
    private readonly Dictionary<string, ProductCode[]> _byCode;

    /// <summary>Creates a list.</summary>
    public ProductCodeList(string naam, Standard? standaardVoor, IReadOnlyList<ProductCode> producten)
    {
        Naam = naam;
        StandaardVoor = standaardVoor;
        Producten = producten;
        _byCode = producten.GroupBy(p => p.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The list's name, used by contracts ("productcodelijst").</summary>
    public string Naam { get; }

    /// <summary>The standard whose default list this is; null for a municipality's own list.</summary>
    public Standard? StandaardVoor { get; }

    /// <summary>Every product.</summary>
    public IReadOnlyList<ProductCode> Producten { get; }

    /// <summary>True when <paramref name="code"/> belongs to <paramref name="categorie"/> on this list (on the date when given).</summary>
    public bool Fits(string categorie, string code, DateOnly? on = null) =>
        _byCode.TryGetValue(code, out var products) && products.Any(p => p.Categorie == categorie && (on is null || p.IsValidOn(on.Value)));

    /// <summary>The categories the code belongs to on this list (for explanations).</summary>
    public IReadOnlyList<string> CategoriesOf(string code) =>
        _byCode.TryGetValue(code, out var products) ? [.. products.Select(p => p.Categorie).Distinct()] : [];
}
