using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Figures;

/// <summary>
/// The newest version of one toewijzing (per gemeente, domain and ToewijzingNummer) that is not deleted (RedenWijziging
/// 13), as the ledger holds it. <paramref name="ClientId"/> is the store's keyed client hash, never a BSN.
/// </summary>
/// <param name="ReceivedAt">When the gateway recorded the version first sent with this Ingangsdatum; null for facts recorded before figures existed.</param>
/// <param name="FirstToewijzingsdatum">The Toewijzingsdatum of the first version of this ToewijzingNummer.</param>
/// <param name="ReferentieAanbieder">The keyed hash of the request it honours, if any (only to compare).</param>
public sealed record ToewijzingFact(
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string ClientId,
    long ToewijzingNummer,
    Product? Product,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    Omvang? Omvang,
    long? Budget,
    DateOnly FirstToewijzingsdatum,
    DateTimeOffset? ReceivedAt,
    string? ReferentieAanbieder);
