namespace Gateway.Storage.Relational;

/// <summary>What metrics and readiness ask of the store, whichever database it runs on.</summary>
public interface IStoreGauges
{
    /// <summary>Queue depth, oldest open delivery, messages per state and per retourcode, read as one snapshot without table scans.</summary>
    Task<StoreGauges> ReadGaugesAsync(CancellationToken cancellationToken = default);

    /// <summary>The write probe of readiness: one committed write, so a full disk or a lost database shows here first.</summary>
    Task WriteHeartbeatAsync(CancellationToken cancellationToken = default);
}
