using System.Globalization;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Provider;

/// <summary>A gemeente of the sample region.</summary>
public sealed record SampleGemeente(string Code, string Naam);
