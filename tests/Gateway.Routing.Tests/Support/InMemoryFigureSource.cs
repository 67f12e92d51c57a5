using System.Runtime.CompilerServices;
using Gateway.Routing.Figures;

namespace Gateway.Routing.Tests.Support;

/// <summary>
/// Facts in lists, streamed as the store streams them: only the facts that touch the scope's days and gemeentecodes,
/// so a report that forgets to widen its scope misses them. Every scope asked for is kept.
/// </summary>
internal sealed class InMemoryFigureSource : IFigureSource
{
    public List<ToewijzingFact> Toewijzingen { get; } = [];

    public List<StartFact> Starts { get; } = [];

    public List<StopFact> Stops { get; } = [];

    public List<VerzoekFact> Verzoeken { get; } = [];

    public List<PrestatieFact> Prestaties { get; } = [];

    public List<FigureScope> Scopes { get; } = [];

    public IAsyncEnumerable<ToewijzingFact> ToewijzingenAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(scope, Toewijzingen, t => t.Gemeentecode, t => t.Ingangsdatum <= scope.Tot && (t.Einddatum is not { } einde || einde >= scope.Van), cancellationToken);

    public IAsyncEnumerable<StartFact> StartsAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(scope, Starts, s => s.Gemeentecode, s => Within(scope, s.Begindatum), cancellationToken);

    public IAsyncEnumerable<StopFact> StopsAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(scope, Stops, s => s.Gemeentecode, s => Within(scope, s.Einddatum), cancellationToken);

    // Received "in the days" by the UTC date, a day either side: the report decides the Dutch month itself.
    public IAsyncEnumerable<VerzoekFact> VerzoekenAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(scope, Verzoeken, v => v.Gemeentecode, v => v.ReceivedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) >= scope.Van.AddDays(-1) && DateOnly.FromDateTime(at.UtcDateTime) <= scope.Tot.AddDays(1), cancellationToken);

    public IAsyncEnumerable<PrestatieFact> PrestatiesAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(scope, Prestaties, p => p.Gemeentecode, p => Within(scope, p.PeriodeBegin), cancellationToken);

    private static bool Within(FigureScope scope, DateOnly day) => day >= scope.Van && day <= scope.Tot;

    private async IAsyncEnumerable<T> StreamAsync<T>(FigureScope scope, List<T> facts, Func<T, string> gemeente, Func<T, bool> touches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Scopes.Add(scope);
        foreach (var fact in facts.Where(f => (scope.Gemeentecodes.Count == 0 || scope.Gemeentecodes.Contains(gemeente(f))) && touches(f)).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return fact;
        }
    }
}
