namespace Gateway.Messages.Model;

/// <summary>CDT_Geboortedatum: a birth date and which part of it may be used (DatumGebruik code).</summary>
public sealed record Geboortedatum(DateOnly Datum, string? DatumGebruik = null);
