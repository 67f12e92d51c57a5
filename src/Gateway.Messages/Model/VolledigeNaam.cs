namespace Gateway.Messages.Model;

/// <summary>CDT_VolledigeNaam: the full name used in the 301 for client and relaties.</summary>
public sealed record VolledigeNaam(
    Achternaam Geslachtsnaam,
    Achternaam? Partnernaam,
    string? Voornamen,
    string? Voorletters,
    string NaamGebruik);
