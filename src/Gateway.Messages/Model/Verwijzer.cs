namespace Gateway.Messages.Model;

/// <summary>CDT_Verwijzer: type code, optional name and optional AGB code of the referrer.</summary>
public sealed record Verwijzer(string Type, string? Naam = null, string? ZorgverlenerCode = null);
