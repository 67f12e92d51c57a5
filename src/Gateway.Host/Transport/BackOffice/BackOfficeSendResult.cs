using Gateway.Routing.Store;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>How handing a message to a back office ended.</summary>
internal sealed record BackOfficeSendResult(bool IsDelivered, DeliveryFailureKind? FailureKind, string? Reason)
{
    public static BackOfficeSendResult Delivered { get; } = new(true, null, null);

    public static BackOfficeSendResult Transient(string reason) => new(false, DeliveryFailureKind.Transient, reason);

    public static BackOfficeSendResult Permanent(string reason) => new(false, DeliveryFailureKind.Permanent, reason);
}
