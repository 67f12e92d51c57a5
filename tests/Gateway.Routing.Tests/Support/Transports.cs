using System.Collections.Concurrent;
using Gateway.Routing.Delivery;
using Gateway.Routing.Store;

namespace Gateway.Routing.Tests.Support;

/// <summary>Accepts every delivery for the destinations it serves and remembers what it got.</summary>
internal sealed class AlwaysDeliversTransport(Func<DeliveryDestination, bool>? serves = null) : IDeliveryTransport
{
    public ConcurrentQueue<ClaimedDelivery> Sent { get; } = new();

    public bool Handles(DeliveryDestination destination) => serves?.Invoke(destination) ?? true;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        Sent.Enqueue(delivery);
        return Task.FromResult(DeliveryResult.Success("ok"));
    }
}

/// <summary>Fails transiently (like a hub answering 503) the first <paramref name="failures"/> times, then delivers.</summary>
internal sealed class FailsTransientlyTransport(int failures) : IDeliveryTransport
{
    private int _calls;

    public ConcurrentQueue<ClaimedDelivery> Sent { get; } = new();

    public int Calls => _calls;

    public bool Handles(DeliveryDestination destination) => true;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            return Task.FromResult(DeliveryResult.Failed(DeliveryFailure.Transient("HTTP 503 Service Unavailable", "503")));
        }

        Sent.Enqueue(delivery);
        return Task.FromResult(DeliveryResult.Success());
    }
}

/// <summary>Refuses every delivery for good (like a hub answering Fo01 IB001), until told to accept.</summary>
internal sealed class RefusesPermanentlyTransport : IDeliveryTransport
{
    private int _calls;

    public bool Accepts { get; set; }

    public int Calls => _calls;

    public ConcurrentQueue<ClaimedDelivery> Sent { get; } = new();

    public bool Handles(DeliveryDestination destination) => true;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Accepts)
        {
            Sent.Enqueue(delivery);
            return Task.FromResult(DeliveryResult.Success());
        }

        return Task.FromResult(DeliveryResult.Failed(DeliveryFailure.Permanent("Fo01 IB001: the message is not valid", "IB001")));
    }
}

/// <summary>Hangs every send until the test releases it (or the attempt times out), like a partner that stopped answering.</summary>
internal sealed class HangsTransport(Func<DeliveryDestination, bool> serves) : IDeliveryTransport
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public bool Handles(DeliveryDestination destination) => serves(destination);

    public void Release() => _release.TrySetResult();

    public async Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await _release.Task.WaitAsync(cancellationToken);
        return DeliveryResult.Success();
    }
}

/// <summary>A hub in a release freeze: answers Fo01 IB103 while <see cref="Frozen"/>, then accepts.</summary>
internal sealed class FreezingHubTransport : IDeliveryTransport
{
    private int _calls;

    public bool Frozen { get; set; } = true;

    public int Calls => _calls;

    public bool Handles(DeliveryDestination destination) => destination.IsHub;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(Frozen
            ? DeliveryResult.Failed(DeliveryFailure.Transient("Fo01 IB103 (Berichttype tijdelijk geblokkeerd (freeze))", "IB103"))
            : DeliveryResult.Success("Bv03"));
    }
}
