namespace Gateway.Bench.Measure;

/// <summary>One row of the result table.</summary>
/// <param name="Scenario">"small messages" or "20 MB 323".</param>
/// <param name="Engine">"gateway level 1", "xmllint (tree)" …</param>
/// <param name="Messages">Documents validated in the timed part.</param>
/// <param name="Bytes">Bytes validated in the timed part.</param>
/// <param name="Seconds">Timed wall-clock seconds (the median round for small messages).</param>
/// <param name="PeakBytes">Peak working set / max RSS of the process, when measured.</param>
/// <param name="Note">How it was measured.</param>
internal sealed record Figures(string Scenario, string Engine, long Messages, long Bytes, double Seconds, long? PeakBytes, string Note)
{
    public double MessagesPerSecond => Messages / Seconds;

    public double MegabytesPerSecond => Bytes / 1_000_000.0 / Seconds;

    /// <summary>Bytes allocated on the managed heap per document, when measured.</summary>
    public long? AllocatedPerMessage { get; init; }
}

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
