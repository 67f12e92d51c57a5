using Gateway.Routing.Obligations;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Signals approaching and overdue obligations, each once, in one instance at a time (the store's compare-and-set makes
/// it safe to run twice).
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepDeadlinesJob(Deadlines deadlines, ClusterSweep cluster, ILogger<SweepDeadlinesJob> logger) : IJob
{
    /// <summary>The sweep's cluster lease.</summary>
    public const string Lease = "deadlines";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await cluster.RunAsync(Lease, SweepAsync, cancellationToken);

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var swept = await deadlines.SweepAsync(cancellationToken);
        if (swept.Approaching + swept.Overdue > 0)
        {
            LogSwept(logger, swept.Approaching, swept.Overdue);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadlines: {Approaching} obligation(s) now approaching, {Overdue} now overdue")]
    private static partial void LogSwept(ILogger logger, int approaching, int overdue);
}
