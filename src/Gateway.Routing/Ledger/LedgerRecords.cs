using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Ledger;

/// <summary>The parties a ledger fact belongs to: the domain (iJw/iWmo), the gemeente and the provider (AGB).</summary>
public sealed record LedgerParties(Standard Standard, string Gemeentecode, string Aanbieder)
{
    /// <summary>The parties of a message, whichever side sent it.</summary>
    public static LedgerParties Of(Bericht bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        return new(bericht.Standard, MessageFacts.GemeentecodeOf(bericht), MessageFacts.ProviderOf(bericht));
    }
}

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

/// <summary>The logical key of a StartProduct: ToewijzingNummer (empty for taakgericht), Product and Begindatum.</summary>
public sealed record StartKey(long? ToewijzingNummer, Product? Product, DateOnly Begindatum)
{
    /// <summary>The key of a StartProduct.</summary>
    public static StartKey Of(StartProduct start) => new(start.ToewijzingNummer, start.Product, start.Begindatum);

    /// <summary>The key of the start a StopProduct stops (the stop copies it unchanged).</summary>
    public static StartKey Of(StopProduct stop) => new(stop.ToewijzingNummer, stop.Product, stop.Begindatum);
}

/// <summary>The logical key of a StopProduct (3.2): the start's key plus RedenBeeindiging and Einddatum.</summary>
public sealed record StopKey(StartKey Start, string RedenBeeindiging, DateOnly Einddatum)
{
    /// <summary>RedenBeeindiging 20: a temporary stop; any other reason ends delivery definitively.</summary>
    public const string TijdelijkeStop = "20";

    /// <summary>True for a temporary stop.</summary>
    public bool IsTemporary => RedenBeeindiging == TijdelijkeStop;

    /// <summary>The key of a StopProduct.</summary>
    public static StopKey Of(StopProduct stop) => new(StartKey.Of(stop), stop.RedenBeeindiging, stop.Einddatum);
}

/// <summary>StatusAanlevering codes of 305/307 lines.</summary>
public static class StatusAanlevering
{
    /// <summary>1: add the line.</summary>
    public const string Toevoegen = "1";

    /// <summary>3: delete the line sent earlier with the same key.</summary>
    public const string Verwijderen = "3";
}

/// <summary>One accepted StartProduct line in arrival order.</summary>
public sealed record LedgerStart(StartKey Key, string StatusAanlevering, long MessageId);

/// <summary>One accepted StopProduct line in arrival order.</summary>
public sealed record LedgerStop(StopKey Key, string StatusAanlevering, long MessageId);

/// <summary>The starts and stops of one client at one provider, oldest first; the last line of a key decides.</summary>
public sealed record StartStopHistory(IReadOnlyList<LedgerStart> Starts, IReadOnlyList<LedgerStop> Stops)
{
    /// <summary>No starts or stops.</summary>
    public static StartStopHistory Empty { get; } = new([], []);

    /// <summary>Starts whose last line adds them (not deleted with status 3).</summary>
    public IReadOnlyList<StartKey> ActualStarts =>
        [.. Starts.GroupBy(s => s.Key).Where(g => g.Last().StatusAanlevering == StatusAanlevering.Toevoegen).Select(g => g.Key)];

    /// <summary>Stops whose last line adds them.</summary>
    public IReadOnlyList<StopKey> ActualStops =>
        [.. Stops.GroupBy(s => s.Key).Where(g => g.Last().StatusAanlevering == StatusAanlevering.Toevoegen).Select(g => g.Key)];

    /// <summary>True when the start with this key is actual.</summary>
    public bool IsActual(StartKey key) => ActualStarts.Contains(key);

    /// <summary>True when the stop with this key is actual.</summary>
    public bool IsActual(StopKey key) => ActualStops.Contains(key);

    /// <summary>The actual stops of one start.</summary>
    public IReadOnlyList<StopKey> ActualStopsOf(StartKey start) => [.. ActualStops.Where(s => s.Start == start)];
}

/// <summary>An answer (319) on a request.</summary>
/// <param name="VerzoekAntwoord">1 afgewezen, 2 in onderzoek.</param>
public sealed record LedgerAntwoord(string VerzoekAntwoord, string? RedenAfwijzingVerzoek, long MessageId)
{
    /// <summary>VerzoekAntwoord 1.</summary>
    public const string Afgewezen = "1";

    /// <summary>VerzoekAntwoord 2.</summary>
    public const string InOnderzoek = "2";
}

/// <summary>
/// A request: one AangevraagdProduct of a 315 or a whole 317 (one ReferentieAanbieder), with the answers (319) and the
/// toewijzingen (301) that honoured it. <see cref="ReferentieAanbieder"/> is an opaque pseudonym (the store's keyed
/// hash), only to compare: it could hold a BSN, so the store keeps no plain form.
/// </summary>
public sealed record LedgerVerzoek(
    LedgerParties Parties,
    string ClientId,
    string ReferentieAanbieder,
    MessageCode Bericht,
    Product? Product,
    long MessageId,
    IReadOnlyList<LedgerAntwoord> Antwoorden,
    IReadOnlyList<long> HonouredBy)
{
    /// <summary>True once a 301 carried this ReferentieAanbieder.</summary>
    public bool IsHonoured => HonouredBy.Count > 0;

    /// <summary>True once a 319 rejected it.</summary>
    public bool IsRejected => Antwoorden.Any(a => a.VerzoekAntwoord == LedgerAntwoord.Afgewezen);

    /// <summary>In behandeling: neither honoured by a 301 nor rejected by a 319 (TR374).</summary>
    public bool IsPending => !IsHonoured && !IsRejected;
}

/// <summary>What the gemeente's 325 did with a declared prestatie.</summary>
public static class PrestatieStatus
{
    /// <summary>Received but not yet answered (a 325 held for a back-office decision).</summary>
    public const string Submitted = "submitted";

    /// <summary>Granted by the 325 (not listed among its rejected prestaties).</summary>
    public const string Approved = "approved";

    /// <summary>Rejected by the 325 with a retourcode on the prestatie or its client.</summary>
    public const string Rejected = "rejected";
}

/// <summary>One prestatie of a recorded 323, with its declaration and what the 325 decided on it.</summary>
/// <param name="ClientId">An opaque pseudonym of the client (the store's keyed BSN hash), never the BSN itself.</param>
/// <param name="DebetCredit">D or C.</param>
/// <param name="Status">One of <see cref="PrestatieStatus"/>.</param>
public sealed record LedgerPrestatie(
    LedgerParties Parties,
    string ClientId,
    string DeclaratieNummer,
    string ReferentieNummer,
    string? VorigReferentieNummer,
    long ToewijzingNummer,
    Product Product,
    GeslotenPeriode ProductPeriode,
    long GeleverdVolume,
    string Eenheid,
    long? ProductTarief,
    long Bedrag,
    string DebetCredit,
    string Status,
    long MessageId)
{
    /// <summary>DebetCredit D.</summary>
    public const string Debet = "D";

    /// <summary>DebetCredit C.</summary>
    public const string Credit = "C";

    /// <summary>True when the 325 granted it.</summary>
    public bool IsApproved => Status == PrestatieStatus.Approved;

    /// <summary>True for a credit line.</summary>
    public bool IsCredit => DebetCredit == Credit;
}
