using System.Collections.Concurrent;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Support;

/// <summary>A back office that takes every delivery at once and remembers which.</summary>
internal sealed class AcceptingBackOffice : IDeliveryTransport
{
    public ConcurrentQueue<long> Delivered { get; } = new();

    public bool Handles(DeliveryDestination destination) => !destination.IsHub;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        Delivered.Enqueue(delivery.Delivery.Id);
        return Task.FromResult(DeliveryResult.Success("ok"));
    }
}
