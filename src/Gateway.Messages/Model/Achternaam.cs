namespace Gateway.Messages.Model;

/// <summary>CDT_Achternaam: a surname (element Achternaam, held in <see cref="Naam"/>) with optional voorvoegsel.</summary>
public sealed record Achternaam(string Naam, string? Voorvoegsel = null);
