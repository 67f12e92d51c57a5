using Gateway.Routing.Delivery;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Sends due deliveries. Quartz is the clock, not the queue: the state lives in the store, claims are exclusive and
/// records fenced, so a second run finds nothing to do twice. Keeps claiming while full batches come back. Runs in every
/// instance at once (no cluster lease): claims take rows with FOR UPDATE SKIP LOCKED, so instances share the queue
/// without ever claiming one delivery twice, and a late completion of a lost lease fails its fence.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class DispatchDeliveriesJob(DeliveryDispatcher dispatcher, ILogger<DispatchDeliveriesJob> logger) : IJob
{
    private const int MaxRoundsPerRun = 20;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        for (var round = 0; round < MaxRoundsPerRun; round++)
        {
            var summary = await dispatcher.DispatchDueAsync(cancellationToken);
            if (summary.Claimed > 0)
            {
                LogDispatched(logger, summary.Claimed, summary.Delivered, summary.Retrying, summary.DeadLettered, summary.Stale);
            }

            if (summary.Claimed == 0 || summary.Delivered == 0)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dispatched {Claimed}: {Delivered} delivered, {Retrying} retrying, {DeadLettered} dead-lettered, {Stale} stale")]
    private static partial void LogDispatched(ILogger logger, int claimed, int delivered, int retrying, int deadLettered, int stale);
}
