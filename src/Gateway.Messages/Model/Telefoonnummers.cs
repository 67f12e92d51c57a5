namespace Gateway.Messages.Model;

/// <summary>CDT_Telefoonnummers: one mandatory and one optional phone number.</summary>
public sealed record Telefoonnummers(Telefoon Telefoon01, Telefoon? Telefoon02 = null);
