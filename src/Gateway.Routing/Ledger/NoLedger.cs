using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>The ledger until the ledger issue lands: remembers nothing, so reading it finds nothing.</summary>
public sealed class NoLedger : ILedger, ILedgerReader
{
    /// <inheritdoc />
    public ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public string ClientIdOf(IStoreTransaction transaction, string bsn) => string.Empty;

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerToewijzing>> ToewijzingVersionsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LedgerToewijzing>>([]);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerToewijzing>> ToewijzingenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LedgerToewijzing>>([]);

    /// <inheritdoc />
    public Task<StartStopHistory> StartStopAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
        Task.FromResult(StartStopHistory.Empty);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerVerzoek>> VerzoekenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LedgerVerzoek>>([]);

    /// <inheritdoc />
    public Task<LedgerVerzoek?> VerzoekAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieAanbieder, CancellationToken cancellationToken = default) =>
        Task.FromResult<LedgerVerzoek?>(null);

    /// <inheritdoc />
    public Task<bool> HasApprovedDeclarationsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    /// <inheritdoc />
    public Task<bool> HasDeclaratieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string declaratieNummer, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesByReferentieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieNummer, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LedgerPrestatie>>([]);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOnToewijzingAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LedgerPrestatie>>([]);

    /// <inheritdoc />
    public Task<GeslotenPeriode?> LastDeclaratiePeriodeAsync(IStoreTransaction transaction, LedgerParties parties, CancellationToken cancellationToken = default) =>
        Task.FromResult<GeslotenPeriode?>(null);
}
