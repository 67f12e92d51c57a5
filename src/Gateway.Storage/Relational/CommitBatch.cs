using System.Data.Common;

namespace Gateway.Storage.Relational;

/// <summary>One database transaction that the units of a <see cref="GroupCommit"/> share; its commit is theirs.</summary>
internal sealed class CommitBatch
{
    private readonly RelationalMessageStore _store;
    private readonly DbConnection _connection;
    private readonly TaskCompletionSource _durable = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CommitBatch(RelationalMessageStore store, DbConnection connection, DbTransaction transaction)
    {
        _store = store;
        _connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection => _connection;

    public DbTransaction Transaction { get; }

    /// <summary>How many units committed into this batch so far.</summary>
    public int Members { get; private set; }

    /// <summary>Completes when the batch's commit is durable; faults with the reason when it is not.</summary>
    public Task Durable => _durable.Task;

    /// <summary>How many audit events the batch holds so far (a unit rolled back drops those it wrote).</summary>
    public int EventCount => RelationalStoreTransaction.UncommittedEvents.TryGetValue(Transaction, out var events) ? events.Count : 0;

    public static async Task<CommitBatch> OpenAsync(RelationalMessageStore store, CancellationToken cancellationToken)
    {
        var connection = await store.OpenWriterAsync(cancellationToken);
        try
        {
            return new CommitBatch(store, connection, await store.BeginWriteAsync(connection, cancellationToken));
        }
        catch
        {
            await store.ReleaseWriterAsync(connection, reusable: false);
            throw;
        }
    }

    /// <summary>Counts a unit whose savepoint was released into the batch: it now waits for the batch's commit.</summary>
    public void Joined() => Members++;

    /// <summary>Drops the events written after the first <paramref name="keep"/> (a unit rolled back to its savepoint).</summary>
    public void DropEventsAfter(int keep)
    {
        if (RelationalStoreTransaction.UncommittedEvents.TryGetValue(Transaction, out var events) && events.Count > keep)
        {
            events.RemoveRange(keep, events.Count - keep);
        }
    }

    /// <summary>
    /// Commits (or, with no unit in it, rolls back) and, unless the commit still has to be made durable
    /// (<see cref="SyncAfterTurn"/>), tells every unit waiting for it; never throws.
    /// </summary>
    /// <returns>True when the batch committed units whose acknowledgement waits for <see cref="SyncAfterTurn"/>.</returns>
    public async Task<bool> FinishAsync()
    {
        var ended = false;
        try
        {
            StatementCount.Sent(_connection, statements: 1, commands: 1);
            if (Members == 0)
            {
                await Transaction.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await Transaction.CommitAsync(CancellationToken.None);
                _store.CountCommit();
                _store.CountCommittedEvents(Transaction);
            }

            ended = true;
            if (Members == 0)
            {
                _durable.TrySetResult();
            }
        }
        catch (Exception e)
        {
            _durable.TrySetException(e);
        }
        finally
        {
            await CloseAsync(reusable: ended);
        }

        return ended && Members > 0;
    }

    /// <summary>
    /// After the turn has passed on: makes the committed batch durable (<see cref="RelationalMessageStore.SyncCommitted"/>)
    /// and only then tells its units; if that fails, every unit fails with it and none is acknowledged. Never throws.
    /// </summary>
    public void SyncAfterTurn()
    {
        try
        {
            _store.SyncCommitted();
            _durable.TrySetResult();
        }
        catch (Exception e)
        {
            _durable.TrySetException(e);
        }
    }

    /// <summary>Rolls back what is left of the batch and fails every unit waiting for it with <paramref name="reason"/>; never throws.</summary>
    public async Task FailAsync(Exception reason)
    {
        try
        {
            StatementCount.Sent(_connection, statements: 1, commands: 1);
            await Transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The database may have rolled it back already (SQLite does on a full disk or an I/O error).
        }
        finally
        {
            _durable.TrySetException(reason);
            await CloseAsync(reusable: false);
        }
    }

    private async Task CloseAsync(bool reusable)
    {
        RelationalStoreTransaction.UncommittedEvents.Remove(Transaction);
        await Transaction.DisposeAsync();
        await _store.ReleaseWriterAsync(_connection, reusable);
    }
}
