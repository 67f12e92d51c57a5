using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger;

public sealed class LedgerReadMemoTests
{
    private static readonly LedgerParties Parties = new(Standard.Ijw, "0599", "12345678");

    [Fact]
    public async Task Read_SameArgumentsInOpenCheck_LedgerAskedOnceAndSameAnswer()
    {
        await using var gateway = await TestGateway.StartAsync();
        await using var tx = await gateway.Store.BeginAsync();
        var ledger = new CountingLedger();
        var memo = new LedgerReadMemo(ledger);

        using (LedgerReadMemo.Open(tx))
        {
            var first = await memo.ToewijzingVersionsAsync(tx, Standard.Ijw, "0599", 42);
            var second = await memo.ToewijzingVersionsAsync(tx, Standard.Ijw, "0599", 42);
            Assert.Same(first, second);
            Assert.Equal(memo.ClientIdOf(tx, "123456782"), memo.ClientIdOf(tx, "123456782"));
            await memo.StartStopAsync(tx, Parties, "c1");
            await memo.StartStopAsync(tx, Parties with { }, "c1");
        }

        Assert.Equal(1, ledger.Reads[nameof(ILedgerReader.ToewijzingVersionsAsync)]);
        Assert.Equal(1, ledger.Reads[nameof(ILedgerReader.ClientIdOf)]);
        Assert.Equal(1, ledger.Reads[nameof(ILedgerReader.StartStopAsync)]);
    }

    [Fact]
    public async Task Read_OtherArguments_EachAskedOfTheLedger()
    {
        await using var gateway = await TestGateway.StartAsync();
        await using var tx = await gateway.Store.BeginAsync();
        var ledger = new CountingLedger();
        var memo = new LedgerReadMemo(ledger);

        using (LedgerReadMemo.Open(tx))
        {
            await memo.ToewijzingVersionsAsync(tx, Standard.Ijw, "0599", 42);
            await memo.ToewijzingVersionsAsync(tx, Standard.Ijw, "0599", 43);
            await memo.ToewijzingVersionsAsync(tx, Standard.Iwmo, "0599", 42);
            await memo.PrestatiesOnToewijzingAsync(tx, Standard.Ijw, "0599", 42);
        }

        Assert.Equal(3, ledger.Reads[nameof(ILedgerReader.ToewijzingVersionsAsync)]);
        Assert.Equal(1, ledger.Reads[nameof(ILedgerReader.PrestatiesOnToewijzingAsync)]);
    }

    [Fact]
    public async Task Read_NoOpenCheckOrAfterItEnded_EveryReadGoesToTheLedger()
    {
        await using var gateway = await TestGateway.StartAsync();
        await using var tx = await gateway.Store.BeginAsync();
        var ledger = new CountingLedger();
        var memo = new LedgerReadMemo(ledger);

        await memo.HasDeclaratieAsync(tx, Standard.Ijw, "12345678", "D1");
        await memo.HasDeclaratieAsync(tx, Standard.Ijw, "12345678", "D1");
        using (LedgerReadMemo.Open(tx))
        {
            await memo.HasDeclaratieAsync(tx, Standard.Ijw, "12345678", "D1");
        }

        await memo.HasDeclaratieAsync(tx, Standard.Ijw, "12345678", "D1");

        Assert.Equal(4, ledger.Reads[nameof(ILedgerReader.HasDeclaratieAsync)]);
    }

    [Fact]
    public async Task Read_CheckOpenOnAnotherTransaction_NotShared()
    {
        await using var gateway = await TestGateway.StartAsync();
        var ledger = new CountingLedger();
        var memo = new LedgerReadMemo(ledger);
        await using (var tx = await gateway.Store.BeginAsync())
        {
            using (LedgerReadMemo.Open(tx))
            {
                await memo.LastDeclaratiePeriodeAsync(tx, Parties);
            }
        }

        await using (var other = await gateway.Store.BeginAsync())
        {
            using (LedgerReadMemo.Open(other))
            {
                await memo.LastDeclaratiePeriodeAsync(other, Parties);
            }
        }

        Assert.Equal(2, ledger.Reads[nameof(ILedgerReader.LastDeclaratiePeriodeAsync)]);
    }

    /// <summary>A ledger that finds nothing and counts what it was asked, per method.</summary>
    private sealed class CountingLedger : ILedgerReader
    {
        public Dictionary<string, int> Reads { get; } = [];

        public string ClientIdOf(IStoreTransaction transaction, string bsn) => Count(nameof(ClientIdOf), "client-" + bsn.Length);

        public Task<IReadOnlyList<LedgerToewijzing>> ToewijzingVersionsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<IReadOnlyList<LedgerToewijzing>>(nameof(ToewijzingVersionsAsync), new List<LedgerToewijzing>()));

        public Task<IReadOnlyList<LedgerToewijzing>> ToewijzingenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<IReadOnlyList<LedgerToewijzing>>(nameof(ToewijzingenOfClientAsync), new List<LedgerToewijzing>()));

        public Task<StartStopHistory> StartStopAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count(nameof(StartStopAsync), StartStopHistory.Empty));

        public Task<IReadOnlyList<LedgerVerzoek>> VerzoekenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<IReadOnlyList<LedgerVerzoek>>(nameof(VerzoekenOfClientAsync), new List<LedgerVerzoek>()));

        public Task<LedgerVerzoek?> VerzoekAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieAanbieder, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<LedgerVerzoek?>(nameof(VerzoekAsync), null));

        public Task<bool> HasApprovedDeclarationsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count(nameof(HasApprovedDeclarationsAsync), false));

        public Task<bool> HasDeclaratieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string declaratieNummer, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count(nameof(HasDeclaratieAsync), false));

        public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesByReferentieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieNummer, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<IReadOnlyList<LedgerPrestatie>>(nameof(PrestatiesByReferentieAsync), new List<LedgerPrestatie>()));

        public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOnToewijzingAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<IReadOnlyList<LedgerPrestatie>>(nameof(PrestatiesOnToewijzingAsync), new List<LedgerPrestatie>()));

        public Task<GeslotenPeriode?> LastDeclaratiePeriodeAsync(IStoreTransaction transaction, LedgerParties parties, CancellationToken cancellationToken = default) =>
            Task.FromResult(Count<GeslotenPeriode?>(nameof(LastDeclaratiePeriodeAsync), null));

        private T Count<T>(string method, T answer)
        {
            Reads[method] = Reads.GetValueOrDefault(method) + 1;
            return answer;
        }
    }
}
