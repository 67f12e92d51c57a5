using System.Collections.Concurrent;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;

namespace Gateway.Routing.Tests.Support;

/// <summary>The hub answering every envelope with an Fo01 that refuses it for good (IB002), until told to accept.</summary>
internal sealed class RefusesLikeTheHubTransport : IDeliveryTransport
{
    public const string Code = "IB002";

    private int _calls;

    public bool Accepts { get; set; }

    public int Calls => _calls;

    public ConcurrentQueue<ClaimedDelivery> Sent { get; } = new();

    public bool Handles(DeliveryDestination destination) => destination.IsHub;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Accepts)
        {
            Sent.Enqueue(delivery);
            return Task.FromResult(DeliveryResult.Success("Bv03"));
        }

        return Task.FromResult(DeliveryResult.Failed(DeliveryFailure.RefusedByHub(HubRefusal.FromFo01(Code, "Organisatie 0344 is niet geautoriseerd voor JW301.").Reason, Code)));
    }
}
