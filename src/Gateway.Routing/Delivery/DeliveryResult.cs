namespace Gateway.Routing.Delivery;

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
