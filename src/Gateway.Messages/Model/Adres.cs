namespace Gateway.Messages.Model;

/// <summary>CDT_Adres: all parts optional.</summary>
public sealed record Adres(Huis? Huis, string? Postcode, string? Straatnaam, string? Plaatsnaam, string? LandCode);
