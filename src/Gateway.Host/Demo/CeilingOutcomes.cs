namespace Gateway.Host.Demo;

/// <summary>Ceiling signals and held 325s, counted from their events.</summary>
internal sealed record CeilingOutcomes(long ThresholdsReached, long Held, long Released, long Replaced);
