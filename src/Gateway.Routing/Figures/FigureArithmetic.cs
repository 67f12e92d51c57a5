namespace Gateway.Routing.Figures;

/// <summary>How the reports round: shares and days to one decimal, half away from zero; amounts stay exact eurocents.</summary>
internal static class FigureArithmetic
{
    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>; null when the whole is not positive.</summary>
    public static decimal? Percent(long part, long whole) =>
        whole <= 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>The mean, to one decimal; null without values.</summary>
    public static decimal? Average(List<int>? values) =>
        values is null || values.Count == 0 ? null : Math.Round((decimal)values.Sum(v => (long)v) / values.Count, 1, MidpointRounding.AwayFromZero);

    /// <summary>The median (the mean of the middle two for an even count), to one decimal; null without values. Sorts the list.</summary>
    public static decimal? Median(List<int>? values)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + (decimal)values[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Calendar days from <paramref name="from"/> to <paramref name="to"/> (0 on the same day).</summary>
    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
