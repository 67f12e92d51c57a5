namespace Gateway.Messages.Rules.Declaraties;

/// <summary>Date facts the declaration rules share.</summary>
internal static class DeclaratieDatum
{
    /// <summary>The first day a 323 may declare: release 3.x declarations start with periods from 2021 (CS100).</summary>
    public static readonly DateOnly EersteDeclaratieDag = new(2021, 1, 1);

    public static bool SameMonth(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Month;

    public static DateOnly LastDayOfMonth(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
