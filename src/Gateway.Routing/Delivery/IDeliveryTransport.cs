using Gateway.Routing.Store;

namespace Gateway.Routing.Delivery;

/// <summary>
/// Sends one claimed delivery to its destination (the GGk hub, or a back office over HTTP or a directory); lives in
/// the Host. It classifies every failure once (<see cref="DeliveryFailure"/>) and never retries over hours itself:
/// the gateway's durable schedule does. The message's envelope reference is fixed, so a resend has the same identity.
/// </summary>
public interface IDeliveryTransport
{
    /// <summary>True when this transport serves the destination.</summary>
    bool Handles(DeliveryDestination destination);

    /// <summary>Sends once. Throwing counts as a transient failure.</summary>
    Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken);
}
