namespace Gateway.Routing.Freezes;

/// <summary>
/// Release freezes of the hub: windows announced in advance, and freezes learned from the hub's IB103 answer, which
/// last until a probe is accepted or <see cref="LearnedMaximum"/> has passed.
/// </summary>
public sealed record FreezeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Freezes";

    /// <summary>The hub's answer during a freeze: "message type temporarily blocked".</summary>
    public const string FreezeCode = "IB103";

    /// <summary>Default time between two probes during a learned freeze: 15 minutes.</summary>
    public static readonly TimeSpan DefaultProbeInterval = TimeSpan.FromMinutes(15);

    /// <summary>Default longest learned freeze: 7 days, after which deliveries are tried again as usual.</summary>
    public static readonly TimeSpan DefaultLearnedMaximum = TimeSpan.FromDays(7);

    /// <summary>Freezes announced in advance; may be empty.</summary>
    public IReadOnlyList<FreezeWindow> Windows { get; init; } = [];

    /// <summary>During a learned freeze, one held delivery is sent at this interval as a probe (not counted as an attempt).</summary>
    public TimeSpan ProbeInterval { get; init; } = DefaultProbeInterval;

    /// <summary>A learned freeze ends after this even when no probe was accepted.</summary>
    public TimeSpan LearnedMaximum { get; init; } = DefaultLearnedMaximum;
}
