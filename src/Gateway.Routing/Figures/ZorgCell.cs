namespace Gateway.Routing.Figures;

/// <summary>The counts of one zorg cell.</summary>
internal sealed class ZorgCell
{
    /// <summary>Clients with a toewijzing in effect on a day of the month.</summary>
    public HashSet<int> Clienten { get; } = [];

    public long Nieuw { get; set; }

    public long Beeindigd { get; set; }

    public long Starts { get; set; }

    public long Stops { get; set; }

    public long StopsTijdelijk { get; set; }

    /// <summary>The lengths in days of the trajectories finished in the month.</summary>
    public List<int> Trajecten { get; } = [];

    public object?[] Values(FigureKey key) => key.Row(
        (long)Clienten.Count, Nieuw, Beeindigd, Starts, Stops, StopsTijdelijk, (long)Trajecten.Count,
        FigureArithmetic.Average(Trajecten), FigureArithmetic.Median(Trajecten));
}
