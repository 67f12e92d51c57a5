using Gateway.Messages.Standards;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts;

/// <summary>
/// A tariff in eurocents: a table per year, or a base year's amount indexed by a percentage per year (compounded,
/// rounded half-up to whole cents every year). A year in the table wins over the indexation.
/// </summary>
/// <param name="Basisjaar">The year <paramref name="Bedrag"/> applies to; null when only <paramref name="PerJaar"/> is given.</param>
/// <param name="Bedrag">The base year's tariff in eurocents.</param>
/// <param name="IndexatiePercentage">Yearly indexation in percent, e.g. 2.65.</param>
/// <param name="PerJaar">Explicit tariffs per calendar year.</param>
public sealed record Tarief(int? Basisjaar, long? Bedrag, decimal IndexatiePercentage, IReadOnlyDictionary<int, long> PerJaar)
{
    /// <summary>The tariff for the calendar year; null when the contract does not define one for it.</summary>
    public long? For(int year)
    {
        if (PerJaar.TryGetValue(year, out var explicitTariff))
        {
            return explicitTariff;
        }

        if (Basisjaar is not { } basis || Bedrag is not { } amount || year < basis)
        {
            return null;
        }

        var tariff = (decimal)amount;
        for (var y = basis; y < year; y++)
        {
            tariff = Math.Round(tariff * (1 + (IndexatiePercentage / 100m)), 0, MidpointRounding.AwayFromZero);
        }

        return (long)tariff;
    }
}

/// <summary>How the region reacts when a ceiling is exceeded.</summary>
public enum CeilingPolicy
{
    /// <summary>Signal the operator; the 325 goes out as usual.</summary>
    Warn,

    /// <summary>Signal the operator and hold the 325 for a back-office decision.</summary>
    Hold,
}

/// <summary>
/// A ceiling (plafond) on the amounts granted in one calendar year, for a provider, a lot (perceel) and/or a product,
/// optionally limited to some gemeenten. Thresholds (percentages) raise operator signals.
/// </summary>
public sealed record Ceiling(
    string Id,
    Standard? Standard,
    int Jaar,
    long Bedrag,
    string? Aanbieder,
    string? Perceel,
    string? Categorie,
    string? Code,
    IReadOnlyList<string> Gemeenten,
    IReadOnlyList<int> Drempels,
    CeilingPolicy Beleid)
{
    /// <summary>True when a prestatie under <paramref name="contract"/> for <paramref name="gemeente"/> in <paramref name="year"/> counts towards this ceiling.</summary>
    public bool Covers(Contract contract, string gemeente, int year) =>
        year == Jaar
        && (Standard is null || Standard == contract.Standard)
        && (Aanbieder is null || Aanbieder == contract.Aanbieder)
        && (Perceel is null || Perceel == contract.Perceel)
        && (Categorie is null || Categorie == contract.Categorie)
        && (Code is null || Code == contract.Code)
        && (Gemeenten.Count == 0 || Gemeenten.Contains(gemeente))
        && contract.CoversGemeente(gemeente);
}

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
