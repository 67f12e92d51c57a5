using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Provider;

/// <summary>A toewijzing a provider holds: received in a 301, or made up when none arrived yet.</summary>
/// <param name="Omvang">The allocated volume, unit and frequency; null when allocated without one (declared in euro's).</param>
public sealed record KnownToewijzing(
    Standard Standard,
    string Gemeente,
    string Agb,
    SampleClient Client,
    long ToewijzingNummer,
    Product Product,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    Omvang? Omvang = null);
