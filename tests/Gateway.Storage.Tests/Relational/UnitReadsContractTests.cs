using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Relational;

/// <summary>
/// A unit of work's kept reads, run on every database: a repeated read costs no statement until a statement writes a
/// table it reads (or one of unknown effect runs); a write to another table leaves it kept.
/// </summary>
public abstract class UnitReadsContractTests() : StoreSuite(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
{
    [Fact]
    public async Task SameMessageReadTwice_SecondFromTheUnit()
    {
        await using var tx = (RelationalStoreTransaction)await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await tx.GetMessageAsync(id);
        var before = Store.Statements.Commands;

        var again = await tx.GetMessageAsync(id);

        Assert.Equal(before, Store.Statements.Commands);
        Assert.Equal(id, again!.Id);
    }

    [Fact]
    public async Task WriteToAnotherTable_ReadKept()
    {
        await using var tx = (RelationalStoreTransaction)await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await tx.GetMessageAsync(id);
        await tx.EnqueueDeliveryAsync(id, Routing.Store.DeliveryDestination.Hub);
        var before = Store.Statements.Commands;

        await tx.GetMessageAsync(id);

        Assert.Equal(before, Store.Statements.Commands);
    }

    [Fact]
    public async Task WriteToTheTableRead_ReadAgainAndSeesTheWrite()
    {
        await using var tx = (RelationalStoreTransaction)await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await tx.GetMessageAsync(id);

        await tx.UpdateStateAsync(id, Routing.Store.MessageState.Accepted, "test");
        var before = Store.Statements.Commands;
        var again = await tx.GetMessageAsync(id);

        Assert.Equal(before + 1, Store.Statements.Commands);
        Assert.Equal(Routing.Store.MessageState.Accepted, again!.State);
    }

    [Fact]
    public async Task StatementOfUnknownEffect_EveryReadAgain()
    {
        await using var tx = (RelationalStoreTransaction)await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await tx.GetMessageAsync(id);
        await using (var delete = RelationalRows.Command(tx.Connection, tx.Transaction, "DELETE FROM message_event WHERE id < 0"))
        {
            await delete.ExecuteNonQueryAsync();
        }

        var before = Store.Statements.Commands;
        await tx.GetMessageAsync(id);

        Assert.Equal(before + 1, Store.Statements.Commands);
    }
}
