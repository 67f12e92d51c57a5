using Gateway.Routing.Delivery;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>Puts deliveries whose sender died mid-attempt back to pending. Safe to run twice: a released lease is gone.</summary>
[DisallowConcurrentExecution]
internal sealed partial class ReleaseExpiredLeasesJob(DeliveryDispatcher dispatcher, ILogger<ReleaseExpiredLeasesJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
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
