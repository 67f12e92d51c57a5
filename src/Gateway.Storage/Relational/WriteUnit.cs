using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Gateway.Storage.Relational;

/// <summary>
/// One unit of work's hold on the database: the connection and transaction its statements run in, a commit that returns
/// only once the unit's writes are durable, and a dispose that undoes whatever was not committed.
/// </summary>
internal abstract class WriteUnit : IAsyncDisposable
{
    /// <summary>
    /// The store on which the async flow holds an open <see cref="Gateway.Routing.Store.IStoreTransaction"/>, while it
    /// does (a flow it started while holding one inherits the mark). With group commit a new unit of work begun there on
    /// the same store would wait for ever for the batch's turn, which the held transaction keeps.
    /// </summary>
    private static readonly AsyncLocal<StrongBox<RelationalMessageStore?>?> FlowHolds = new();

    /// <summary>
    /// Marks the caller's flow as holding a transaction on the store the returned box holds, until the box is emptied.
    /// Call it from a method that is not async: an async method's changes to the flow do not reach its caller.
    /// </summary>
    public static StrongBox<RelationalMessageStore?> MarkFlow()
    {
        var held = new StrongBox<RelationalMessageStore?>();
        FlowHolds.Value = held;
        return held;
    }

    /// <summary>Fails fast where a new unit of work on <paramref name="store"/> would wait for ever on the transaction its own flow holds there.</summary>
    public static void ThrowIfFlowHolds(RelationalMessageStore store)
    {
        if (ReferenceEquals(FlowHolds.Value?.Value, store))
        {
            throw new InvalidOperationException(
                "A store write began while the same code path holds an open store transaction (IStoreTransaction) on that store; with group commit it would wait for that transaction for ever. "
                + "Do the write through the open transaction, or after it is committed or disposed.");
        }
    }

    /// <summary>The connection the unit's statements run on.</summary>
    public abstract DbConnection Connection { get; }

    /// <summary>The database transaction the unit's statements run in (with group commit: the batch's, shared).</summary>
    public abstract DbTransaction Transaction { get; }

    /// <summary>Makes the unit's writes durable; returns once they are on disk, throws when they are not.</summary>
    public abstract Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Undoes the unit's writes unless committed, and lets go of what it holds.</summary>
    public abstract ValueTask DisposeAsync();
}
