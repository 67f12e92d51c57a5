using System.Runtime.CompilerServices;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>
/// The ledger as the level-3 rules read it: while a check is open on a transaction (<see cref="Open"/>), a read with the
/// same arguments is answered once and handed to every rule that asks again (a 323's prestatie rules each look up the
/// same toewijzing; a 305's rules each read the same start/stop history). The checks only read and run inside the
/// commit phase's transaction, so what a read returned cannot change before the check ends; outside an open check every
/// read goes straight to the ledger. Fewer reads inside the transaction shorten the serial part of intake.
/// </summary>
internal sealed class LedgerReadMemo(ILedgerReader ledger) : ILedgerReader
{
    // One memo per open check, keyed by its transaction: the rules are singletons, transactions run side by side.
    private static readonly ConditionalWeakTable<IStoreTransaction, Dictionary<object, object>> Checks = [];

    /// <summary>Remembers the ledger reads made in <paramref name="transaction"/> until the returned scope is disposed.</summary>
    public static IDisposable Open(IStoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Checks.AddOrUpdate(transaction, []);
        return new Scope(transaction);
    }

    public string ClientIdOf(IStoreTransaction transaction, string bsn) =>
        Remember(transaction, (nameof(ClientIdOf), bsn), () => ledger.ClientIdOf(transaction, bsn));

    public Task<IReadOnlyList<LedgerToewijzing>> ToewijzingVersionsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(ToewijzingVersionsAsync), standard, gemeentecode, toewijzingNummer), () => ledger.ToewijzingVersionsAsync(transaction, standard, gemeentecode, toewijzingNummer, cancellationToken));

    public Task<IReadOnlyList<LedgerToewijzing>> ToewijzingenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(ToewijzingenOfClientAsync), parties, clientId), () => ledger.ToewijzingenOfClientAsync(transaction, parties, clientId, cancellationToken));

    public Task<StartStopHistory> StartStopAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(StartStopAsync), parties, clientId), () => ledger.StartStopAsync(transaction, parties, clientId, cancellationToken));

    public Task<IReadOnlyList<LedgerVerzoek>> VerzoekenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(VerzoekenOfClientAsync), parties, clientId), () => ledger.VerzoekenOfClientAsync(transaction, parties, clientId, cancellationToken));

    public Task<LedgerVerzoek?> VerzoekAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieAanbieder, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(VerzoekAsync), standard, aanbieder, referentieAanbieder), () => ledger.VerzoekAsync(transaction, standard, aanbieder, referentieAanbieder, cancellationToken));

    public Task<bool> HasApprovedDeclarationsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(HasApprovedDeclarationsAsync), standard, gemeentecode, toewijzingNummer), () => ledger.HasApprovedDeclarationsAsync(transaction, standard, gemeentecode, toewijzingNummer, cancellationToken));

    public Task<bool> HasDeclaratieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string declaratieNummer, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(HasDeclaratieAsync), standard, aanbieder, declaratieNummer), () => ledger.HasDeclaratieAsync(transaction, standard, aanbieder, declaratieNummer, cancellationToken));

    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesByReferentieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieNummer, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(PrestatiesByReferentieAsync), standard, aanbieder, referentieNummer), () => ledger.PrestatiesByReferentieAsync(transaction, standard, aanbieder, referentieNummer, cancellationToken));

    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOnToewijzingAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(PrestatiesOnToewijzingAsync), standard, gemeentecode, toewijzingNummer), () => ledger.PrestatiesOnToewijzingAsync(transaction, standard, gemeentecode, toewijzingNummer, cancellationToken));

    public Task<GeslotenPeriode?> LastDeclaratiePeriodeAsync(IStoreTransaction transaction, LedgerParties parties, CancellationToken cancellationToken = default) =>
        Remember(transaction, (nameof(LastDeclaratiePeriodeAsync), parties), () => ledger.LastDeclaratiePeriodeAsync(transaction, parties, cancellationToken));

    // The key holds the ledger too: two rules over different ledgers never share an answer. A failed read is remembered
    // as failed, as the check it belongs to fails with it.
    private T Remember<T>(IStoreTransaction transaction, object key, Func<T> read)
        where T : notnull
    {
        if (!Checks.TryGetValue(transaction, out var memo))
        {
            return read();
        }

        var memoKey = (ledger, key);
        if (memo.TryGetValue(memoKey, out var known))
        {
            return (T)known;
        }

        var value = read();
        memo[memoKey] = value;
        return value;
    }

    private sealed class Scope(IStoreTransaction transaction) : IDisposable
    {
        public void Dispose() => Checks.Remove(transaction);
    }
}
