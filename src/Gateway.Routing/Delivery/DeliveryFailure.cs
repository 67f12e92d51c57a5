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

    /// <summary>
    /// The hub answered with an Fo01 that refuses the message for good: permanent, and not a dead letter either — the
    /// message gets its own state (<see cref="MessageState.RefusedByHub"/>) and its back office is told.
    /// </summary>
    public static DeliveryFailure RefusedByHub(string reason, string code) => new(DeliveryFailureKind.Permanent, reason, code) { IsHubRefusal = true };

    /// <summary>True when the hub refused the message with an Fo01 (see <see cref="RefusedByHub"/>).</summary>
    public bool IsHubRefusal { get; init; }
}
