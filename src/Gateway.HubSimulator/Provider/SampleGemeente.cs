namespace Gateway.HubSimulator.Provider;

/// <summary>A gemeente of the sample region.</summary>
public sealed record SampleGemeente(string Code, string Naam);
