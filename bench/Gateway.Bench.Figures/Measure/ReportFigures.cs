using Gateway.Routing.Figures;

namespace Gateway.Bench.Figures.Measure;

/// <summary>
/// The figures of one report kind over one scope: rows, wall times of the timed runs, the process's peak resident
/// memory during the calls (and how far above the resident size before them), and bytes allocated per call. A report the
/// gateway does not build yet has a <paramref name="Status"/> and no figures.
/// </summary>
internal sealed record ReportFigures(FigureKind Kind, string Scope, string Status)
{
    public int? Rows { get; init; }

    public IReadOnlyList<double> Seconds { get; init; } = [];

    public long? PeakBytes { get; init; }

    public long? PeakAboveStartBytes { get; init; }

    public long? AllocatedBytes { get; init; }

    public bool Measured => Seconds.Count > 0;

    public double Median => Seconds.Order().ElementAt(Seconds.Count / 2);

    public double Max => Seconds.Max();
}
