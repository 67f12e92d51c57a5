using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger;

/// <summary>One version of a toewijzing (ToegewezenProduct) as an accepted 301 carried it.</summary>
/// <param name="ClientId">An opaque pseudonym of the client (the store's keyed BSN hash), never the BSN itself.</param>
/// <param name="ReferentieAanbieder">An opaque pseudonym of the request it honours (the store's keyed hash), only to compare; null when none.</param>
public sealed record LedgerToewijzing(
    LedgerParties Parties,
    string ClientId,
    long ToewijzingNummer,
    string? ReferentieAanbieder,
    Product? Product,
    DateOnly Toewijzingsdatum,
    TimeOnly Toewijzingstijd,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    string? RedenWijziging,
    Omvang? Omvang,
    long? Budget,
    long MessageId)
{
    /// <summary>RedenWijziging 13: the toewijzing is deleted and counts as never sent.</summary>
    public const string Verwijderd = "13";

    /// <summary>True when this version deletes the toewijzing.</summary>
    public bool IsDeleted => RedenWijziging == Verwijderd;

    /// <summary>Not deleted and not ended before <paramref name="day"/>.</summary>
    public bool IsActualOn(DateOnly day) => !IsDeleted && (Einddatum is null || Einddatum >= day);

    /// <summary>The newest version of each ToewijzingNummer (Toewijzingsdatum + Toewijzingstijd, then arrival).</summary>
    public static IReadOnlyList<LedgerToewijzing> Newest(IEnumerable<LedgerToewijzing> versions) =>
        [.. versions.GroupBy(v => v.ToewijzingNummer).Select(g => g
            .OrderBy(v => v.Toewijzingsdatum).ThenBy(v => v.Toewijzingstijd).ThenBy(v => v.MessageId).Last())];
}
