using Gateway.Storage.Relational;
using System.Data.Common;

namespace Gateway.Storage.KeyRotation;

/// <summary>Rows under a payload key id that is not configured: nothing can be done but report them.</summary>
internal sealed record UnknownKeyWork(string Column, long Count) : RotationWork(Column)
{
    public override long Unusable => Count;

    public override Task<RotationBatchResult> RunBatchAsync(RelationalMessageStore store, DbConnection connection, DbTransaction tx, long after, int batchSize, CancellationToken cancellationToken) =>
        Task.FromResult(new RotationBatchResult(0, 0, after));
}
