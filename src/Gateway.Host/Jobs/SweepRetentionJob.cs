using Gateway.Routing.Store;
using Microsoft.Extensions.Options;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>Deletes payloads and old message rows past their retention. Safe to run twice: what is gone stays gone.</summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepRetentionJob(IMessageStore store, IOptions<JobsOptions> options, ILogger<SweepRetentionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var policy = new RetentionPolicy(options.Value.PayloadRetention, options.Value.DedupKeyRetention);
        var result = await store.SweepRetentionAsync(policy, cancellationToken);
        if (result.PayloadsDeleted + result.MessagesDeleted > 0)
        {
            LogSwept(logger, result.PayloadsDeleted, result.MessagesDeleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Payloads} payloads and {Messages} message rows")]
    private static partial void LogSwept(ILogger logger, int payloads, int messages);
}
