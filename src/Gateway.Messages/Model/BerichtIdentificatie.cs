namespace Gateway.Messages.Model;

/// <summary>CDT_BerichtIdentificatie: identification (≤ 12 characters) and dagtekening of a message.</summary>
public sealed record BerichtIdentificatie(string Identificatie, DateOnly Dagtekening);
