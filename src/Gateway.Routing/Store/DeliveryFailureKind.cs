namespace Gateway.Routing.Store;

/// <summary>How a failed attempt is treated: retried later, or never retried.</summary>
public enum DeliveryFailureKind
{
    /// <summary>May succeed later (5xx, 408, 429, timeout, connection refused, Fo03, IB103).</summary>
    Transient,

    /// <summary>Will never succeed (4xx, Fo01 with a "never valid" IB code).</summary>
    Permanent,
}
