using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Store;

namespace Gateway.Routing.Tests.Support;

/// <summary>
/// A real ceiling store that records which ceilings had their usage read or added to, in order (each takes the
/// ceiling-year's lock on PostgreSQL); everything else is passed on.
/// </summary>
internal sealed class CountsCeilingReadsStore(IDeclaratieAntwoordStore inner) : IDeclaratieAntwoordStore
{
    private readonly List<string> _reads = [];

    private readonly List<string> _added = [];

    /// <summary>The ceiling ids whose usage was read, in order.</summary>
    public IReadOnlyList<string> Reads => _reads;

    /// <summary>The ceiling ids whose usage was added to, in order.</summary>
    public IReadOnlyList<string> Added => _added;

    public Task<long> CeilingUsageAsync(IStoreTransaction transaction, string ceilingId, int jaar, CancellationToken cancellationToken = default)
    {
        _reads.Add(ceilingId);
        return inner.CeilingUsageAsync(transaction, ceilingId, jaar, cancellationToken);
    }

    public Task<long> AddCeilingUsageAsync(IStoreTransaction transaction, string ceilingId, int jaar, long amount, CancellationToken cancellationToken = default)
    {
        _added.Add(ceilingId);
        return inner.AddCeilingUsageAsync(transaction, ceilingId, jaar, amount, cancellationToken);
    }

    public Task<bool> MarkThresholdReachedAsync(IStoreTransaction transaction, string ceilingId, int jaar, int drempel, long messageId, CancellationToken cancellationToken = default) =>
        inner.MarkThresholdReachedAsync(transaction, ceilingId, jaar, drempel, messageId, cancellationToken);

    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOfDeclaratieAsync(IStoreTransaction transaction, long declaratieMessageId, CancellationToken cancellationToken = default) =>
        inner.PrestatiesOfDeclaratieAsync(transaction, declaratieMessageId, cancellationToken);

    public Task<int> DecidePrestatiesAsync(IStoreTransaction transaction, long declaratieMessageId, DeclaratieVerdict verdict, CancellationToken cancellationToken = default) =>
        inner.DecidePrestatiesAsync(transaction, declaratieMessageId, verdict, cancellationToken);

    public Task HoldAsync(IStoreTransaction transaction, HeldAnswer held, CancellationToken cancellationToken = default) =>
        inner.HoldAsync(transaction, held, cancellationToken);

    public Task<HeldAnswer?> HeldAnswerOfDeclaratieAsync(IStoreTransaction transaction, long declaratieMessageId, CancellationToken cancellationToken = default) =>
        inner.HeldAnswerOfDeclaratieAsync(transaction, declaratieMessageId, cancellationToken);

    public Task<HeldAnswer?> HeldAnswerAsync(IStoreTransaction transaction, long answerMessageId, CancellationToken cancellationToken = default) =>
        inner.HeldAnswerAsync(transaction, answerMessageId, cancellationToken);

    public Task<bool> DecideAsync(IStoreTransaction transaction, long answerMessageId, HeldAnswerState to, string actor, CancellationToken cancellationToken = default) =>
        inner.DecideAsync(transaction, answerMessageId, to, actor, cancellationToken);

    public Task<IReadOnlyList<HeldAnswer>> ListHeldAsync(CancellationToken cancellationToken = default) => inner.ListHeldAsync(cancellationToken);

    public Task<IReadOnlyList<CeilingUsage>> ListCeilingUsageAsync(CancellationToken cancellationToken = default) => inner.ListCeilingUsageAsync(cancellationToken);
}
