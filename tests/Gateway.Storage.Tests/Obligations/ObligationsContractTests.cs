using Gateway.Messages.Standards;
using Gateway.Routing.Obligations;
using Gateway.Storage.Obligations;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Obligations;

/// <summary>The response-time obligations on a real store (migration 9), run on every database (a subclass per store).</summary>
public abstract class ObligationsContractTests() : StoreSuite(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
{
    private static readonly DateOnly Since = new(2026, 11, 2);
    private static readonly DateOnly Due = new(2026, 11, 5);

    private RelationalObligations _obligations = null!;

    private protected override void Opened()
    {
        _obligations = new RelationalObligations(Store);
    }

    [Fact]
    public async Task Open_ThenFind_ReturnsItOpenWithEveryField()
    {
        long id;
        await using (var tx = await Store.BeginAsync())
        {
            id = await _obligations.OpenAsync(tx, Retour("REF-1"));
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginAsync();
        var found = await _obligations.FindAsync(read, ObligationKind.Retour, Standard.Iwmo, "0344", "41101234", "REF-1");
        Assert.NotNull(found);
        Assert.Equal((id, ObligationOwner.Provider, 7L, Since, Due), (found.Id, found.Owner, found.OpenedBy, found.Since, found.Due));
        Assert.Equal((null, null, false), (found.ClosedBy, found.ClosedAt, found.Late));
        Assert.Null(await _obligations.FindAsync(read, ObligationKind.Retour, Standard.Iwmo, "0344", "41101234", "REF-2"));
        Assert.Null(await _obligations.FindAsync(read, ObligationKind.Retour, Standard.Ijw, "0344", "41101234", "REF-1"));
    }

    [Fact]
    public async Task Close_AfterDueAndCounted_LateAndNoLongerListedOpen()
    {
        await using (var tx = await Store.BeginAsync())
        {
            await _obligations.OpenAsync(tx, Retour("LATE"));
            await _obligations.OpenAsync(tx, Retour("ON-TIME"));
            await _obligations.OpenAsync(tx, Retour("NOT-COUNTED"));
            await tx.CommitAsync();
        }

        await using (var tx = await Store.BeginAsync())
        {
            Assert.Equal(1, await _obligations.CloseAsync(tx, Closing("LATE", Due.AddDays(1))));
            Assert.Equal(1, await _obligations.CloseAsync(tx, Closing("ON-TIME", Due)));
            Assert.Equal(1, await _obligations.CloseAsync(tx, Closing("NOT-COUNTED", Due.AddDays(3)) with { CountsLate = false }));
            Assert.Equal(0, await _obligations.CloseAsync(tx, Closing("LATE", Due.AddDays(2))));
            await tx.CommitAsync();
        }

        await using (var read = await Store.BeginAsync())
        {
            Assert.True((await Find(read, "LATE"))!.Late);
            Assert.False((await Find(read, "ON-TIME"))!.Late);
            Assert.False((await Find(read, "NOT-COUNTED"))!.Late);
            Assert.Equal(20L, (await Find(read, "LATE"))!.ClosedBy);
        }

        Assert.Empty(await _obligations.ListAsync());
        Assert.Equal(3, (await _obligations.ListAsync(includeClosed: true)).Count);
    }

    [Fact]
    public async Task RecordFulfilled_AfterDue_ClosedAtOnceAndLate()
    {
        await using (var tx = await Store.BeginAsync())
        {
            await _obligations.RecordFulfilledAsync(tx, Retour("START") with { Kind = ObligationKind.Start }, Due.AddDays(2));
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginAsync();
        var found = await _obligations.FindAsync(read, ObligationKind.Start, Standard.Iwmo, "0344", "41101234", "START");
        Assert.NotNull(found);
        Assert.True(found.Late);
        Assert.Equal(7L, found.ClosedBy);
    }

    [Fact]
    public async Task MarkSignalled_EachSignalOnce_OverdueImpliesApproaching_NoneWhenClosed()
    {
        long open, closed;
        await using (var tx = await Store.BeginAsync())
        {
            open = await _obligations.OpenAsync(tx, Retour("OPEN"));
            closed = await _obligations.OpenAsync(tx, Retour("CLOSED"));
            await _obligations.CloseAsync(tx, Closing("CLOSED", Due));
            await tx.CommitAsync();
        }

        await using (var tx = await Store.BeginAsync())
        {
            Assert.True(await _obligations.MarkSignalledAsync(tx, open, ObligationSignal.Overdue));
            Assert.False(await _obligations.MarkSignalledAsync(tx, open, ObligationSignal.Overdue));
            Assert.False(await _obligations.MarkSignalledAsync(tx, open, ObligationSignal.Approaching));
            Assert.False(await _obligations.MarkSignalledAsync(tx, closed, ObligationSignal.Approaching));
            await tx.CommitAsync();
        }

        var listed = Assert.Single(await _obligations.ListAsync());
        Assert.Equal((open, true, true), (listed.Id, listed.ApproachingSignalled, listed.OverdueSignalled));
    }

    [Fact]
    public async Task Reference_HoldingABsn_KeptOnlyAsKeyedHash()
    {
        await using (var tx = await Store.BeginAsync())
        {
            await _obligations.OpenAsync(tx, Retour(Some.CanaryBsn));
            await tx.CommitAsync();
        }

        await using (var read = await Store.BeginAsync())
        {
            Assert.NotNull(await Find(read, Some.CanaryBsn));
        }

        Assert.False(await Database.HoldsPlainTextAsync(Some.CanaryBsn), "obligation reference in plain text in the store");
    }

    private static NewObligation Retour(string reference) =>
        new(ObligationKind.Retour, ObligationOwner.Provider, Standard.Iwmo, "0344", "41101234", reference, 7, Since, Due);

    private static ObligationClosing Closing(string reference, DateOnly on) =>
        new(ObligationKind.Retour, Standard.Iwmo, "0344", "41101234", reference, 20, on);

    private Task<Obligation?> Find(Gateway.Routing.Store.IStoreTransaction tx, string reference) =>
        _obligations.FindAsync(tx, ObligationKind.Retour, Standard.Iwmo, "0344", "41101234", reference);
}
