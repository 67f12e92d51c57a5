using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger;

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
