using Gateway.Host.Transport.BackOffice;
using Gateway.Routing.Delivery;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Deletes payloads, old message rows and handled outbox files past their retention, in one instance at a time. Safe to
/// run twice: what is gone stays gone.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepRetentionJob(DeliveryDispatcher dispatcher, OutboxRetention outboxes, ClusterSweep cluster, ILogger<SweepRetentionJob> logger) : IJob
{
    /// <summary>The sweep's cluster lease.</summary>
    public const string Lease = "retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await cluster.RunAsync(Lease, SweepAsync, cancellationToken);

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var result = await dispatcher.SweepRetentionAsync(cancellationToken);
        if (result.PayloadsDeleted + result.MessagesDeleted + result.PayloadsTrimmed > 0)
        {
            LogSwept(logger, result.PayloadsDeleted, result.PayloadsTrimmed, result.MessagesDeleted);
        }

        var files = outboxes.Sweep();
        if (files > 0)
        {
            LogOutboxFilesSwept(logger, files);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Payloads} payloads, cut {Trimmed} refused payloads to their first KB, deleted {Messages} message rows")]
    private static partial void LogSwept(ILogger logger, int payloads, int trimmed, int messages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Files} handled outbox files from done/ and rejected/")]
    private static partial void LogOutboxFilesSwept(ILogger logger, int files);
}
