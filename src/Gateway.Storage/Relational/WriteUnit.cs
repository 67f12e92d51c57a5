using System.Data.Common;

namespace Gateway.Storage.Relational;

/// <summary>
/// One unit of work's hold on the database: the connection and transaction its statements run in, a commit that returns
/// only once the unit's writes are durable, and a dispose that undoes whatever was not committed.
/// </summary>
internal abstract class WriteUnit : IAsyncDisposable
{
    /// <summary>The connection the unit's statements run on.</summary>
    public abstract DbConnection Connection { get; }

    /// <summary>The database transaction the unit's statements run in (with group commit: the batch's, shared).</summary>
    public abstract DbTransaction Transaction { get; }

    /// <summary>Makes the unit's writes durable; returns once they are on disk, throws when they are not.</summary>
    public abstract Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Undoes the unit's writes unless committed, and lets go of what it holds.</summary>
    public abstract ValueTask DisposeAsync();
}
