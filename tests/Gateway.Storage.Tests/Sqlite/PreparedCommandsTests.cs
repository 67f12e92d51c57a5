using Gateway.Storage.Relational;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>The writer connection a SQLite store keeps between units of work, with its statements prepared once.</summary>
public sealed class PreparedCommandsTests() : StoreSuite(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.Sqlite());

    [Fact]
    public async Task TwoUnitsOneAfterTheOther_SameConnectionAndNoNewPreparedText()
    {
        var (first, prepared) = await InsertOneAsync();
        var (second, preparedAfter) = await InsertOneAsync();

        Assert.Same(first, second);
        Assert.True(prepared > 0);
        Assert.Equal(prepared, preparedAfter);
    }

    [Fact]
    public async Task UnitRolledBack_ConnectionKeptAndItsWorkGone()
    {
        var undone = Some.Heen();
        await using (var tx = await Store.BeginAsync())
        {
            await tx.InsertMessageAsync(undone);
        }

        var (_, prepared) = await InsertOneAsync();

        await using var read = await Store.BeginAsync();
        Assert.Null(await read.FindByDedupKeyAsync(undone.DedupKey!));
        Assert.True(prepared > 0);
    }

    [Fact]
    public async Task SameTextTwiceAtOnce_SecondGetsACommandOfItsOwn()
    {
        await using var tx = (RelationalStoreTransaction)await Store.BeginAsync();
        const string Sql = "SELECT 1";

        await using var held = RelationalRows.Command(tx.Connection, tx.Transaction, Sql);
        await using var beside = RelationalRows.Command(tx.Connection, tx.Transaction, Sql);

        Assert.NotSame(held, beside);
        Assert.Equal(1L, await beside.ExecuteScalarAsync());
        Assert.Equal(1L, await held.ExecuteScalarAsync());
    }

    [Fact]
    public async Task StoreDisposed_IdleWriterClosed()
    {
        var (connection, _) = await InsertOneAsync();

        Store.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        Assert.Null(PreparedCommands.Of(connection));
    }

    private async Task<(System.Data.Common.DbConnection Connection, int Prepared)> InsertOneAsync()
    {
        await using var tx = (RelationalStoreTransaction)await Store.BeginAsync();
        await tx.InsertMessageAsync(Some.Heen());
        await tx.CommitAsync();
        return (tx.Connection, PreparedCommands.Of(tx.Connection)!.Count);
    }
}
