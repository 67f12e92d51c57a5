namespace Gateway.Routing.Declaraties;

/// <summary>The usage of one ceiling in its year and the thresholds already signalled.</summary>
public sealed record CeilingUsage(string CeilingId, int Jaar, long Used, IReadOnlyList<int> ThresholdsReached);
