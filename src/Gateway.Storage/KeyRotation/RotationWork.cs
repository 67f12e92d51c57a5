using Gateway.Storage.Relational;
using System.Data.Common;

namespace Gateway.Storage.KeyRotation;

/// <summary>One kind of rows to move to the current keys: a column under one older key, done in batches.</summary>
internal abstract record RotationWork(string Column)
{
    /// <summary>Rows this work cannot move at all.</summary>
    public virtual long Unusable => 0;

    /// <summary>Moves the next at most <paramref name="batchSize"/> rows inside the open write transaction.</summary>
    public abstract Task<RotationBatchResult> RunBatchAsync(RelationalMessageStore store, DbConnection connection, DbTransaction tx, long after, int batchSize, CancellationToken cancellationToken);
}
