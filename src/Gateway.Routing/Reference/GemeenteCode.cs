namespace Gateway.Routing.Reference;

/// <summary>A CBS gemeentecode with its validity; a code that ceased in a merger names its successor.</summary>
/// <param name="Code">Four digits, e.g. "0344".</param>
/// <param name="Naam">The municipality's name.</param>
/// <param name="GeldigVanaf">First day the code is valid; null when valid since before any date we care about.</param>
/// <param name="GeldigTot">Last day the code is valid (inclusive); null while it is current.</param>
/// <param name="Opvolger">The code that replaced it (municipal merger); null when it did not cease or has no successor.</param>
public sealed record GemeenteCode(string Code, string Naam, DateOnly? GeldigVanaf, DateOnly? GeldigTot, string? Opvolger)
{
    /// <summary>True when the code is in the CBS list that is current on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => (GeldigVanaf is null || date >= GeldigVanaf) && (GeldigTot is null || date <= GeldigTot);
}
