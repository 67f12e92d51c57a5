using Gateway.Messages.Standards;
using Gateway.Routing.Volumes;

namespace Gateway.Bench.Figures.Region;

/// <summary>
/// One product of the generated region as the contracts define it, with what a typical client gets of it: volume per
/// frequency (or a budget range), how long, and how popular it is within its domain.
/// </summary>
/// <param name="Key">Short name for the bench's own tables ("jw-ambulant").</param>
/// <param name="Code">ProductCode; null for an aspecifiek (category-only) traject allocated on a budget.</param>
/// <param name="DeclaredCode">The code a 323 names for it (a prestatie always carries one).</param>
/// <param name="Eenheid">Unit of allocation and declaration; null for taakgericht.</param>
/// <param name="Frequentie">Frequentie of the Omvang; null for a budget or taakgericht.</param>
/// <param name="Tarief">Tariff 2026 in eurocents; null for euro trajects and taakgericht.</param>
/// <param name="Indexatie">Yearly indexation of the tariff in percent.</param>
/// <param name="VolumeMin">Smallest volume per frequency unit, or smallest budget in eurocents.</param>
/// <param name="VolumeMax">Largest volume per frequency unit, or largest budget in eurocents.</param>
/// <param name="MonthsMin">Shortest toewijzing in months.</param>
/// <param name="MonthsMax">Longest toewijzing in months.</param>
/// <param name="Weight">Share of the domain's clients (relative).</param>
/// <param name="Perceel">The lot of the contracts.</param>
/// <param name="Lijst">The product code list the contract names (null: the domain's default list).</param>
internal sealed record ProductSpec(
    string Key,
    Standard Standard,
    FundingVariant Variant,
    string Categorie,
    string? Code,
    string DeclaredCode,
    string? Eenheid,
    string? Frequentie,
    long? Tarief,
    decimal Indexatie,
    long VolumeMin,
    long VolumeMax,
    int MonthsMin,
    int MonthsMax,
    double Weight,
    string Perceel,
    string? Lijst,
    string Omschrijving)
{
    /// <summary>True when the toewijzing carries a Budget instead of an Omvang (euro traject).</summary>
    public bool OnBudget => Eenheid == Eenheden.Euro;

    public bool Taakgericht => Variant == FundingVariant.Taakgericht;

    /// <summary>The tariff in a calendar year (the base year 2026 indexed), as the contract register computes it.</summary>
    public long? TariefIn(int year) => Tarief is { } t ? new Gateway.Routing.Contracts.Tarief(RegionDesign.Year, t, Indexatie, new Dictionary<int, long>()).For(year) : null;
}
