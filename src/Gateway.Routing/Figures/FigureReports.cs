namespace Gateway.Routing.Figures;

/// <summary>
/// Builds the steering reports from the store's facts, the contract register and the reference data: figures per
/// gemeente × aanbieder × product × funding variant × month, for both domains.
/// </summary>
public sealed class FigureReports(IFigureSource source)
{
    /// <summary>The report of one kind over the request's months, gemeenten and providers.</summary>
    public Task<FigureTable> BuildAsync(FigureKind kind, FigureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = source;
        throw new NotSupportedException($"The {kind} report is not built yet.");
    }
}
