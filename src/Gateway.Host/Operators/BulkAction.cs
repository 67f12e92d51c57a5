namespace Gateway.Host.Operators;

/// <summary>What a bulk action does to the dead letters it selects.</summary>
internal enum BulkAction
{
    /// <summary>Back to pending, due now (as a single replay).</summary>
    Replay,

    /// <summary>Deleted, the message and its events kept (as a single purge).</summary>
    Purge,
}
