namespace Gateway.Messages.Model;

/// <summary>CDT_Omvang: volume (whole units, or eurocents when Eenheid is 83), eenheid and frequentie codes.</summary>
public sealed record Omvang(long Volume, string Eenheid, string Frequentie);
