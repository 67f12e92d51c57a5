using System.Data.Common;

namespace Gateway.Storage.Relational;

/// <summary>A unit of work inside a <see cref="CommitBatch"/>: a savepoint of the batch's transaction, committed with the batch.</summary>
internal sealed class GroupedWriteUnit(GroupCommit group, CommitBatch batch, string savepoint, int eventsBefore) : WriteUnit
{
    private bool _left;

    public override DbConnection Connection => batch.Connection;

    public override DbTransaction Transaction => batch.Transaction;

    /// <summary>Releases the savepoint into the batch, ends the turn, and returns once the batch's commit is durable.</summary>
    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_left, this);
        _left = true;
        var durable = batch.Durable;
        try
        {
            await SavepointAsync("RELEASE SAVEPOINT ");
        }
        catch (Exception e)
        {
            await group.LeaveAsync(batch, e);
            throw;
        }

        batch.Joined();
        await group.LeaveAsync(batch, broken: null);

        // Not cancelled: whether the unit's work is durable is known only once the batch's commit returns.
        await durable;
    }

    /// <summary>Without a commit: rolls back to the savepoint (the other units' work stays) and ends the turn.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (_left)
        {
            return;
        }

        _left = true;
        Exception? broken = null;
        try
        {
            await SavepointAsync("ROLLBACK TO SAVEPOINT ");
            await SavepointAsync("RELEASE SAVEPOINT ");
            batch.DropEventsAfter(eventsBefore);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            broken = e;
        }

        await group.LeaveAsync(batch, broken);
    }

    // As SQL of our own, not DbTransaction.ReleaseAsync/RollbackAsync(name): Npgsql 10.0.3 waits for those with a
    // blocking socket read (see RelationalStoreTransaction), which starves the thread pool under load.
    private async Task SavepointAsync(string statement)
    {
        await using var command = RelationalRows.Command(batch.Connection, batch.Transaction, statement + savepoint);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
