namespace Gateway.Routing.Ledger;

/// <summary>The starts and stops of one client at one provider, oldest first; the last line of a key decides.</summary>
public sealed record StartStopHistory(IReadOnlyList<LedgerStart> Starts, IReadOnlyList<LedgerStop> Stops)
{
    /// <summary>No starts or stops.</summary>
    public static StartStopHistory Empty { get; } = new([], []);

    /// <summary>Starts whose last line adds them (not deleted with status 3).</summary>
    public IReadOnlyList<StartKey> ActualStarts =>
        [.. Starts.GroupBy(s => s.Key).Where(g => g.Last().StatusAanlevering == StatusAanlevering.Toevoegen).Select(g => g.Key)];

    /// <summary>Stops whose last line adds them.</summary>
    public IReadOnlyList<StopKey> ActualStops =>
        [.. Stops.GroupBy(s => s.Key).Where(g => g.Last().StatusAanlevering == StatusAanlevering.Toevoegen).Select(g => g.Key)];

    /// <summary>True when the start with this key is actual.</summary>
    public bool IsActual(StartKey key) => ActualStarts.Contains(key);

    /// <summary>True when the stop with this key is actual.</summary>
    public bool IsActual(StopKey key) => ActualStops.Contains(key);

    /// <summary>The actual stops of one start.</summary>
    public IReadOnlyList<StopKey> ActualStopsOf(StartKey start) => [.. ActualStops.Where(s => s.Start == start)];
}
