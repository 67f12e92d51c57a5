using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Provider;

/// <summary>A made-up client: a fictitious BSN (999… range, passes the 11-proef), living in one gemeente.</summary>
public sealed record SampleClient(
    string Bsn,
    DateOnly Geboortedatum,
    string Geslacht,
    string Achternaam,
    string Voorletters,
    string Gemeente,
    Standard Standard);
