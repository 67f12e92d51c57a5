using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Figures;

/// <summary>
/// One actual StopProduct (its last line adds it), with when its first line arrived. RedenBeeindiging 20 is a temporary
/// stop (care resumes with a new 305); every other reason ends the care.
/// </summary>
public sealed record StopFact(
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string ClientId,
    long? ToewijzingNummer,
    Product? Product,
    DateOnly Begindatum,
    DateOnly Einddatum,
    string RedenBeeindiging,
    DateTimeOffset? ReceivedAt)
{
    /// <summary>RedenBeeindiging 20: tijdelijke beëindiging.</summary>
    public const string TijdelijkeBeeindiging = "20";

    /// <summary>True when care only pauses.</summary>
    public bool IsTemporary => RedenBeeindiging == TijdelijkeBeeindiging;
}
