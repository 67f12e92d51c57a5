namespace Gateway.Routing.Cluster;

/// <summary>
/// One run of a leased sweep. <see cref="Outcome"/> is null while it runs, and stays null for a run whose process died:
/// that run ended by <see cref="HeldUntil"/> at the latest, as its instance stops a sweep whose lease it cannot renew.
/// </summary>
public sealed record SweepRun(long Id, string Name, string Owner, DateTimeOffset StartedAt, DateTimeOffset HeldUntil, DateTimeOffset? FinishedAt, string? Outcome)
{
    /// <summary>The latest moment the run can have been running.</summary>
    public DateTimeOffset EndedBy => FinishedAt ?? HeldUntil;
}
