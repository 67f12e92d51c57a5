namespace Gateway.HubSimulator.Provider;

/// <summary>A care provider (aanbieder) with its AGB code.</summary>
public sealed record SampleAanbieder(string Agb, string Naam);
