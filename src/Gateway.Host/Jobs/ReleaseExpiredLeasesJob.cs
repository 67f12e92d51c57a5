using Gateway.Routing.Delivery;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Puts deliveries whose sender died mid-attempt back to pending (a dead instance's too, once their lease expired), in one
/// instance at a time. Safe to run twice: the expired rows are locked while released, and a released lease is gone.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ReleaseExpiredLeasesJob(DeliveryDispatcher dispatcher, ClusterSweep cluster, ILogger<ReleaseExpiredLeasesJob> logger) : IJob
{
    /// <summary>The sweep's cluster lease.</summary>
    public const string Lease = "lease-release";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await cluster.RunAsync(Lease, ReleaseAsync, cancellationToken);

    private async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        var released = await dispatcher.ReleaseExpiredLeasesAsync(cancellationToken);
        if (released > 0)
        {
            LogReleased(logger, released);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Released {Count} deliveries whose lease expired; they will be sent again")]
    private static partial void LogReleased(ILogger logger, int count);
}
