using Gateway.Messages.Standards;

namespace Gateway.Routing.Contracts;

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
