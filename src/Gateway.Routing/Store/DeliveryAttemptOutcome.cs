namespace Gateway.Routing.Store;

/// <summary>How one attempt ended.</summary>
public enum DeliveryAttemptOutcome
{
    /// <summary>Still running (leased).</summary>
    InProgress,

    /// <summary>The destination acknowledged it.</summary>
    Delivered,

    /// <summary>Failed; see the failure kind and error.</summary>
    Failed,

    /// <summary>The lease expired before the sender reported back.</summary>
    LeaseExpired,

    /// <summary>The process holding the lease died; the next start of the store released it.</summary>
    Abandoned,
}
