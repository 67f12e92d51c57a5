namespace Gateway.Routing.Figures;

/// <summary>
/// The facts the steering figures are computed from, read from the store on its own read connection (never the logs).
/// Each method streams the facts that touch the scope's days: toewijzingen whose period overlaps them, starts and
/// stops whose Begindatum or Einddatum lies in them, requests received in them, prestaties whose ProductPeriode begins
/// in them.
/// </summary>
public interface IFigureSource
{
    /// <summary>The newest, not deleted version of every toewijzing overlapping the scope.</summary>
    IAsyncEnumerable<ToewijzingFact> ToewijzingenAsync(FigureScope scope, CancellationToken cancellationToken = default);

    /// <summary>The actual starts with a Begindatum in the scope.</summary>
    IAsyncEnumerable<StartFact> StartsAsync(FigureScope scope, CancellationToken cancellationToken = default);

    /// <summary>The actual stops with an Einddatum in the scope.</summary>
    IAsyncEnumerable<StopFact> StopsAsync(FigureScope scope, CancellationToken cancellationToken = default);

    /// <summary>The requests received in the scope.</summary>
    IAsyncEnumerable<VerzoekFact> VerzoekenAsync(FigureScope scope, CancellationToken cancellationToken = default);

    /// <summary>The judged prestaties whose ProductPeriode begins in the scope.</summary>
    IAsyncEnumerable<PrestatieFact> PrestatiesAsync(FigureScope scope, CancellationToken cancellationToken = default);
}
