using Gateway.Messages.Answers;
using Gateway.Routing.Contracts;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;

namespace Gateway.Routing.Figures;

/// <summary>
/// Builds the steering reports from the store's facts, the contract register and the reference data: figures per
/// gemeente × aanbieder × product × funding variant × month, for both domains.
/// </summary>
/// <param name="source">The store's facts.</param>
/// <param name="contracts">The contract register: variants, tariffs, lump sums and ceilings (<see cref="NoContracts"/> without one: every variant "onbekend").</param>
/// <param name="reference">The gemeentecodes and their successors (<see cref="NoReferenceData"/> without them: every code stands for itself).</param>
/// <param name="region">The region's gemeenten: those of a contract for "regio".</param>
/// <param name="time">Today, for the current gemeentecodes, open lead times past their deadline and the ceilings' last month with data.</param>
public sealed class FigureReports(
    IFigureSource source,
    ReloadingSource<ContractRegister> contracts,
    ReloadingSource<ReferenceData> reference,
    RegionRoutes region,
    TimeProvider time)
{
    /// <summary>The report of one kind over the request's months, gemeenten and providers.</summary>
    public async Task<FigureTable> BuildAsync(FigureKind kind, FigureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Tot.CompareTo(request.Van) < 0)
        {
            throw new ArgumentException($"The report runs from {request.Van} to {request.Tot}: the last month is before the first.", nameof(request));
        }

        var context = new FigureContext(request, contracts.Current, reference.Current, [.. region.Gemeenten.Select(g => g.Code)], DutchDate.Today(time));
        var rows = kind switch
        {
            FigureKind.Zorg => await ZorgReport.BuildAsync(context, source, cancellationToken),
            FigureKind.Productie => await ProductieReport.BuildAsync(context, source, cancellationToken),
            FigureKind.Declaraties => await DeclaratiesReport.BuildAsync(context, source, cancellationToken),
            FigureKind.Afwijzingen => await AfwijzingenReport.BuildAsync(context, source, cancellationToken),
            FigureKind.Doorlooptijden => await DoorlooptijdenReport.BuildAsync(context, source, cancellationToken),
            FigureKind.Plafonds => await PlafondsReport.BuildAsync(context, source, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown report kind"),
        };
        return new FigureTable(kind, request, FigureColumns.For(kind), rows, context.AllNotes());
    }
}
