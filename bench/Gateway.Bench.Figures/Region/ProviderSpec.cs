using Gateway.Messages.Standards;

namespace Gateway.Bench.Figures.Region;

/// <summary>A provider of the generated region: AGB code, the domains it works in and its size (a Zipf weight).</summary>
internal sealed record ProviderSpec(string Agb, IReadOnlyList<Standard> Standards, double Weight)
{
    /// <summary>Day of the month (2–11) on which it sends its 323s: providers do not all declare on the same day.</summary>
    public int DeclaratieDag { get; init; } = 2;
}
