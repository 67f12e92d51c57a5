using Gateway.Host.Cluster;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Checks that this process still holds its instance name (a PostgreSQL restart ends the lock's session), takes it back
/// when it was freed, and stops the process when another instance took it. Runs in every instance; without a name, or on
/// SQLite, there is nothing to check.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CheckInstanceNameJob(InstanceNameLock name) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await name.CheckAsync(cancellationToken);
}
