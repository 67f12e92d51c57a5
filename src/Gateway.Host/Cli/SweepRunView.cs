using Gateway.Routing.Cluster;

namespace Gateway.Host.Cli;

/// <summary>
/// A sweep run as `gateway cluster sweeps` shows it: finished (when, with its outcome), running (its lease is not over),
/// or dead at its lease's end (its instance was killed: it ran until then at the latest).
/// </summary>
internal sealed record SweepRunView(long Id, string Sweep, string Owner, DateTimeOffset StartedAt, string Ended, DateTimeOffset? EndedAt, string? Outcome)
{
    public const string Finished = "finished";
    public const string Running = "running";
    public const string DeadAtLeaseEnd = "dead at lease end";

    public static SweepRunView Of(SweepRun run, DateTimeOffset now) => run switch
    {
        { FinishedAt: { } finished } => new(run.Id, run.Name, run.Owner, run.StartedAt, Finished, finished, run.Outcome),
        _ when run.HeldUntil > now => new(run.Id, run.Name, run.Owner, run.StartedAt, Running, null, null),
        _ => new(run.Id, run.Name, run.Owner, run.StartedAt, DeadAtLeaseEnd, run.HeldUntil, null),
    };
}
