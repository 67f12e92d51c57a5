using Gateway.Host.Transport.BackOffice;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Picks up the outbox directories of directory back offices, in one instance at a time (instances sharing a store read
/// the same folders). Safe to run twice: a claimed file has moved.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PickUpOutboxesJob(OutboxPickup pickup, ClusterSweep cluster) : IJob
{
    /// <summary>The sweep's cluster lease.</summary>
    public const string Lease = "outbox-pickup";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await cluster.RunAsync(Lease, pickup.SweepAsync, cancellationToken);
}
