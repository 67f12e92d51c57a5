namespace Gateway.Messages.Model;

/// <summary>CDT_Telefoon: a phone number (digits) and its country number.</summary>
public sealed record Telefoon(string Telefoonnummer, string Landnummer);
