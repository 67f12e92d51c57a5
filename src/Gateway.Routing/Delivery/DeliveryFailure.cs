using Gateway.Routing.Store;

namespace Gateway.Routing.Delivery;

/// <summary>Why one attempt failed, classified once by the transport.</summary>
/// <param name="Kind">Transient or permanent.</param>
/// <param name="Reason">For operators; never contains a BSN.</param>
/// <param name="Code">The partner's code when it gave one (HTTP status, IB code, StUF code).</param>
public sealed record DeliveryFailure(DeliveryFailureKind Kind, string Reason, string? Code = null)
{
    /// <summary>A failure worth retrying.</summary>
    public static DeliveryFailure Transient(string reason, string? code = null) => new(DeliveryFailureKind.Transient, reason, code);

    /// <summary>A failure never worth retrying.</summary>
    public static DeliveryFailure Permanent(string reason, string? code = null) => new(DeliveryFailureKind.Permanent, reason, code);
}

/// <summary>The result of one delivery attempt.</summary>
/// <param name="Failure">Null when the destination accepted the message.</param>
/// <param name="Receipt">What the destination answered on success (e.g. the Bv03's reference), for the audit trail.</param>
public sealed record DeliveryResult(DeliveryFailure? Failure, string? Receipt = null)
{
    /// <summary>True when the destination accepted the message.</summary>
    public bool Delivered => Failure is null;

    /// <summary>The destination accepted the message.</summary>
    public static DeliveryResult Success(string? receipt = null) => new(null, receipt);

    /// <summary>The attempt failed.</summary>
    public static DeliveryResult Failed(DeliveryFailure failure) => new(failure);
}
