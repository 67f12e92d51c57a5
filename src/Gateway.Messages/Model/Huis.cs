namespace Gateway.Messages.Model;

/// <summary>CDT_Huis: house number with optional letter, addition and AanduidingWoonadres.</summary>
public sealed record Huis(int Huisnummer, string? Huisletter = null, string? HuisnummerToevoeging = null, string? AanduidingWoonadres = null);
