namespace Gateway.Messages.Model;

/// <summary>CDT_Referentie: the prestatie's reference number and the number it replaces.</summary>
public sealed record Referentie(string ReferentieNummer, string? VorigReferentieNummer = null);
