namespace Gateway.Routing.Volumes;

/// <summary>Usage against a ceiling (plafond) and the thresholds a new amount crosses.</summary>
public static class CeilingArithmetic
{
    /// <summary>Usage as a percentage of the ceiling, rounded down (0 when the ceiling is 0 and nothing is used).</summary>
    public static long Percentage(long used, long ceiling) =>
        ceiling <= 0 ? (used > 0 ? long.MaxValue : 0) : used * 100 / ceiling;

    /// <summary>
    /// The thresholds (percentages, e.g. 80 and 100) reached by going from <paramref name="before"/> to
    /// <paramref name="after"/> that were not reached before. A threshold is reached when used × 100 ≥ ceiling × pct.
    /// </summary>
    public static IReadOnlyList<int> Crossed(long ceiling, long before, long after, IEnumerable<int> thresholds) =>
        [.. thresholds.Where(t => !Reached(ceiling, before, t) && Reached(ceiling, after, t)).Order()];

    /// <summary>True when <paramref name="used"/> is at or above <paramref name="threshold"/> percent of the ceiling.</summary>
    public static bool Reached(long ceiling, long used, int threshold) => used * 100 >= ceiling * (long)threshold;
}
