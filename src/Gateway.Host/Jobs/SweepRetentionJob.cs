using Gateway.Routing.Delivery;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>Deletes payloads and old message rows past their retention. Safe to run twice: what is gone stays gone.</summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepRetentionJob(DeliveryDispatcher dispatcher, ILogger<SweepRetentionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await dispatcher.SweepRetentionAsync(cancellationToken);
        if (result.PayloadsDeleted + result.MessagesDeleted + result.PayloadsTrimmed > 0)
        {
            LogSwept(logger, result.PayloadsDeleted, result.PayloadsTrimmed, result.MessagesDeleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Payloads} payloads, cut {Trimmed} refused payloads to their first KB, deleted {Messages} message rows")]
    private static partial void LogSwept(ILogger logger, int payloads, int trimmed, int messages);
}
