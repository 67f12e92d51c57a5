namespace Gateway.Routing.Freezes;

/// <summary>A release freeze announced by the chain: deliveries to the hub are held from <see cref="Start"/> to <see cref="End"/>.</summary>
public sealed record FreezeWindow
{
    /// <summary>When the freeze starts (with its offset, e.g. 2026-12-18T18:00:00+01:00).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When the freeze ends; deliveries held by it are released then, oldest first.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>What the freeze is for (e.g. "release 3.2 → 3.3"), shown to operators.</summary>
    public string? Name { get; init; }
}
