using Gateway.Messages.Standards;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts;

/// <summary>
/// One contracted product: gemeente(n) × provider (AGB) × product (categorie + optional code) × validity period, with
/// its funding variant, unit, tariff and product code list.
/// </summary>
public sealed record Contract
{
    /// <summary>The register's id for it, e.g. "JW-2026-001".</summary>
    public required string Id { get; init; }

    /// <summary>iJw or iWmo.</summary>
    public required Standard Standard { get; init; }

    /// <summary>The gemeentecodes it applies to; empty means every gemeente of the region ("regio").</summary>
    public required IReadOnlyList<string> Gemeenten { get; init; }

    /// <summary>The provider's AGB code (8 digits).</summary>
    public required string Aanbieder { get; init; }

    /// <summary>The lot it belongs to, for ceilings per lot.</summary>
    public string? Perceel { get; init; }

    /// <summary>ProductCategorie.</summary>
    public required string Categorie { get; init; }

    /// <summary>ProductCode; null contracts the whole category (aspecifiek).</summary>
    public string? Code { get; init; }

    /// <summary>The product code list in use for this product; null uses the region's default list for the standard.</summary>
    public string? ProductCodeLijst { get; init; }

    /// <summary>First day.</summary>
    public required DateOnly Van { get; init; }

    /// <summary>Last day (inclusive); null when open-ended.</summary>
    public DateOnly? Tot { get; init; }

    /// <summary>The funding variant.</summary>
    public required FundingVariant Variant { get; init; }

    /// <summary>The unit of allocation and declaration; null for taakgericht.</summary>
    public string? Eenheid { get; init; }

    /// <summary>The tariff; null for taakgericht and for euro products (Eenheid 83).</summary>
    public Tarief? Tarief { get; init; }

    /// <summary>Taakgericht only: gemeente and provider agreed to exchange 305/307 without a toewijzing.</summary>
    public bool StartStopAfgesproken { get; init; }

    /// <summary>Taakgericht only: the lump sum in eurocents per calendar year that each gemeente of the contract pays (empty: none given).</summary>
    public IReadOnlyDictionary<int, long> Taakbudget { get; init; } = new Dictionary<int, long>();

    /// <summary>True when the contract covers this gemeente.</summary>
    public bool CoversGemeente(string gemeente) => Gemeenten.Count == 0 || Gemeenten.Contains(gemeente);

    /// <summary>True when <paramref name="date"/> lies in the validity period.</summary>
    public bool IsValidOn(DateOnly date) => date >= Van && (Tot is null || date <= Tot);

    /// <summary>
    /// True when the contract is for this product: same category, and same code unless the contract covers the whole
    /// category or the line names only a category (aspecifiek).
    /// </summary>
    public bool IsFor(string categorie, string? code) => Categorie == categorie && (Code is null || code is null || Code == code);

    /// <summary>The tariff on a day (by calendar year); null when none.</summary>
    public long? TariefOn(DateOnly date) => Tarief?.For(date.Year);
}
