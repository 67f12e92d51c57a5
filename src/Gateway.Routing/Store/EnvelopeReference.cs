namespace Gateway.Routing.Store;

/// <summary>The GGk envelope identity of a message: its zender and referentienummer (unique together), and the crossRefnummer it answers.</summary>
public sealed record EnvelopeReference(string Zender, string Referentienummer, string? CrossRefnummer = null);
