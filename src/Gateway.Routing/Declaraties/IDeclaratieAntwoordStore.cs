using Gateway.Routing.Ledger;
using Gateway.Routing.Store;

namespace Gateway.Routing.Declaraties;

/// <summary>
/// The durable side of ceilings and held 325s. Methods taking an <see cref="IStoreTransaction"/> work inside it (the
/// one that records the 323 or the decision), so usage, thresholds, held state and the ledger commit together.
/// </summary>
public interface IDeclaratieAntwoordStore
{
    /// <summary>Granted net amount (eurocents) of a ceiling in a year; 0 when nothing was granted.</summary>
    Task<long> CeilingUsageAsync(IStoreTransaction transaction, string ceilingId, int jaar, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a (possibly negative) granted amount to a ceiling's usage in a year and returns the usage with it, under the
    /// same ceiling-year lock as <see cref="CeilingUsageAsync"/>: the usage before is the returned one minus the amount.
    /// </summary>
    Task<long> AddCeilingUsageAsync(IStoreTransaction transaction, string ceilingId, int jaar, long amount, CancellationToken cancellationToken = default);

    /// <summary>Records that a threshold was reached; false when it was recorded before (each threshold signals once per ceiling-year).</summary>
    Task<bool> MarkThresholdReachedAsync(IStoreTransaction transaction, string ceilingId, int jaar, int drempel, long messageId, CancellationToken cancellationToken = default);

    /// <summary>The ledger's prestaties of one recorded 323, oldest first.</summary>
    Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOfDeclaratieAsync(IStoreTransaction transaction, long declaratieMessageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decides the submitted prestaties of a 323 as the <paramref name="verdict"/> on it says (found by ReferentieNummer):
    /// approved when granted, else rejected. Returns how many changed.
    /// </summary>
    Task<int> DecidePrestatiesAsync(IStoreTransaction transaction, long declaratieMessageId, DeclaratieVerdict verdict, CancellationToken cancellationToken = default);

    /// <summary>Records a held 325.</summary>
    Task HoldAsync(IStoreTransaction transaction, HeldAnswer held, CancellationToken cancellationToken = default);

    /// <summary>The held (or decided) 325 of a 323, or null when its 325 was never held.</summary>
    Task<HeldAnswer?> HeldAnswerOfDeclaratieAsync(IStoreTransaction transaction, long declaratieMessageId, CancellationToken cancellationToken = default);

    /// <summary>A held (or decided) 325 by its message id, or null.</summary>
    Task<HeldAnswer?> HeldAnswerAsync(IStoreTransaction transaction, long answerMessageId, CancellationToken cancellationToken = default);

    /// <summary>Compare-and-set: moves a held 325 to <paramref name="to"/> only while it is still held; false when decided before.</summary>
    Task<bool> DecideAsync(IStoreTransaction transaction, long answerMessageId, HeldAnswerState to, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every 325 still held, earliest deadline first (own read connection).</summary>
    Task<IReadOnlyList<HeldAnswer>> ListHeldAsync(CancellationToken cancellationToken = default);

    /// <summary>The usage of every ceiling-year with a grant or a signalled threshold (own read connection).</summary>
    Task<IReadOnlyList<CeilingUsage>> ListCeilingUsageAsync(CancellationToken cancellationToken = default);
}
