using Gateway.Host.Transport.BackOffice;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>Picks up the outbox directories of directory back offices. Safe to run twice: a claimed file has moved.</summary>
[DisallowConcurrentExecution]
internal sealed class PickUpOutboxesJob(OutboxPickup pickup) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await pickup.SweepAsync(cancellationToken);
}
