namespace Gateway.Bench.Figures.Generate;

/// <summary>Instants of the generated year: office hours in UTC, which is the same Dutch date all year.</summary>
internal static class Clock
{
    /// <summary>The first day the generated traffic may use: December's allocations for the care that runs on 1 January.</summary>
    public static readonly DateOnly First = new(2025, 12, 1);

    public static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)).AddMinutes(minute), TimeSpan.Zero);
}
