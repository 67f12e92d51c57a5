namespace Gateway.Messages.Answers;

/// <summary>Today's date in the Netherlands, which is what a dagtekening means.</summary>
internal static class DutchDate
{
    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static DateOnly Today(TimeProvider time) => Of(time.GetUtcNow());

    /// <summary>The Dutch calendar date of an instant (e.g. when a message was received).</summary>
    public static DateOnly Of(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime);

    /// <summary>The instant a Dutch calendar day begins (midnight in Amsterdam), to read instants by Dutch day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Amsterdam), TimeSpan.Zero);

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // Hosts without tzdata: CET/CEST by the EU rule (last Sunday of March to last Sunday of October, 01:00 UTC).
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0, DateTimeKind.Unspecified), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Netherlands", "CET", "CEST", [rule]);
        }
    }
}
