namespace Gateway.Messages.Model;

/// <summary>CDT_VerkorteNaam: the short name used in 305, 307 and 315.</summary>
public sealed record VerkorteNaam(Achternaam Geslachtsnaam, string? Voornamen = null, string? Voorletters = null);
