using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>
/// Group commit: units of work that arrive together share one database transaction and one real commit (one fsync).
/// Units take turns on the open batch, each inside a savepoint of its own, so one unit's rollback leaves the others'
/// work alone. A unit that finishes leaves the batch open for the next one when a unit is waiting for its turn and the
/// batch is below its size cap; otherwise it commits the batch. So a lone unit commits at once (no timer delays it),
/// and under load every unit that arrived during a commit joins the next batch. A committed unit returns only once its
/// batch's commit is durable; a batch whose commit fails fails every unit in it, and none of them is acknowledged.
/// Where a commit becomes durable in a step of its own (SQLite's WAL fsync, <see cref="RelationalMessageStore.SyncCommitted"/>),
/// that step runs after the turn has passed on, so the next batch works while this one's fsync runs.
/// </summary>
internal sealed class GroupCommit(RelationalMessageStore store, int maxUnits)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waiting;
    private CommitBatch? _open;

    /// <summary>How many units wait for their turn right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits for the turn, then joins the open batch (or opens one) in a savepoint of the unit's own.</summary>
    public async Task<WriteUnit> JoinAsync(CancellationToken cancellationToken)
    {
        WriteUnit.ThrowIfFlowHolds(store);

        // Never cancelled: a unit that left the batch open counts on the waiter it saw to take the batch on.
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(CancellationToken.None);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        var batch = _open;
        var opened = false;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (batch is null)
            {
                batch = _open = await CommitBatch.OpenAsync(store, cancellationToken);
                opened = true;
            }

            // One name for every unit: units take turns, each savepoint is released or rolled back before the next opens,
            // and the same text is prepared once (a number per unit would be a new statement per unit).
            const string savepoint = "unit";
            var events = batch.EventCount;
            StatementCount.Sent(batch.Connection, statements: 1, commands: 1);
            await batch.Transaction.SaveAsync(savepoint, CancellationToken.None);
            return new GroupedWriteUnit(this, batch, savepoint, events);
        }
        catch (Exception e) when (batch is not null)
        {
            // Not joined: the batch goes on without this unit, unless the savepoint itself failed (the batch is broken).
            await LeaveAsync(batch, e is OperationCanceledException && !opened ? null : e);
            throw;
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    /// <summary>
    /// Ends a unit's turn on <paramref name="batch"/>: leaves it open for a waiting unit, or commits it (rolls it back when
    /// no unit committed into it), or, when <paramref name="broken"/>, fails every unit in it.
    /// </summary>
    internal async Task LeaveAsync(CommitBatch batch, Exception? broken)
    {
        var committed = false;
        try
        {
            if (broken is not null)
            {
                _open = null;
                await batch.FailAsync(broken);
            }
            else if (batch.Members < maxUnits && Volatile.Read(ref _waiting) > 0)
            {
                // The next unit to take its turn goes on with this batch.
            }
            else
            {
                _open = null;
                committed = await batch.FinishAsync();
            }
        }
        finally
        {
            _turn.Release();
        }

        if (committed)
        {
            batch.SyncAfterTurn();
        }
    }
}
