using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>
/// What the level-3 rules may ask the ledger, inside the open store transaction (so what they read cannot change
/// before the message is recorded). Clients are identified by an opaque <c>ClientId</c>, never by BSN.
/// </summary>
public interface ILedgerReader
{
    /// <summary>The opaque id the ledger uses for the client with this BSN (a keyed hash; not reversible).</summary>
    string ClientIdOf(IStoreTransaction transaction, string bsn);

    /// <summary>Every version of one ToewijzingNummer of a gemeente in a domain, whichever client or provider it was for.</summary>
    Task<IReadOnlyList<LedgerToewijzing>> ToewijzingVersionsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default);

    /// <summary>Every version of every toewijzing of one client at one provider.</summary>
    Task<IReadOnlyList<LedgerToewijzing>> ToewijzingenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The start and stop lines of one client at one provider, oldest first.</summary>
    Task<StartStopHistory> StartStopAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The requests (315 products, 317s) of one client at one provider, with answers and honouring toewijzingen.</summary>
    Task<IReadOnlyList<LedgerVerzoek>> VerzoekenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The request with this ReferentieAanbieder of a provider in a domain (any gemeente), or null.</summary>
    Task<LedgerVerzoek?> VerzoekAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieAanbieder, CancellationToken cancellationToken = default);

    /// <summary>True when a 325 approved declaration lines (prestaties) on this toewijzing (TR385).</summary>
    Task<bool> HasApprovedDeclarationsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default);

    /// <summary>True when a provider's declaration with this DeclaratieNummer was recorded in the domain (TR333).</summary>
    Task<bool> HasDeclaratieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string declaratieNummer, CancellationToken cancellationToken = default);

    /// <summary>
    /// The recorded prestaties of a provider in a domain whose ReferentieNummer or VorigReferentieNummer is
    /// <paramref name="referentieNummer"/> (TR314, TR323, TR390), oldest first.
    /// </summary>
    Task<IReadOnlyList<LedgerPrestatie>> PrestatiesByReferentieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieNummer, CancellationToken cancellationToken = default);

    /// <summary>The recorded prestaties on one toewijzing of a gemeente in a domain, oldest first (TR321, TR322, TR369).</summary>
    Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOnToewijzingAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default);

    /// <summary>
    /// The latest DeclaratiePeriode among the provider's recorded 323s to this gemeente in this domain (those whose 325
    /// granted at least part of them), or null when none was recorded (TR318).
    /// </summary>
    Task<GeslotenPeriode?> LastDeclaratiePeriodeAsync(IStoreTransaction transaction, LedgerParties parties, CancellationToken cancellationToken = default);
}
