namespace Gateway.Messages.Model;

/// <summary>CDT_Communicatie: a special form of communication and the language.</summary>
public sealed record Communicatie(string Vorm, string? Taal = null);
