namespace Gateway.Routing.Reference;

/// <summary>One product of a product code list.</summary>
public sealed record ProductCode(string Categorie, string Code, DateOnly? GeldigVanaf, DateOnly? GeldigTot, string? Omschrijving)
{
    /// <summary>True when the product is on the list on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => (GeldigVanaf is null || date >= GeldigVanaf) && (GeldigTot is null || date <= GeldigTot);
}
