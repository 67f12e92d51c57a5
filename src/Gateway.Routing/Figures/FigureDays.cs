using Gateway.Messages.Answers;

namespace Gateway.Routing.Figures;

/// <summary>Dutch calendar days as instants, for facts kept as instants (when a message was recorded) and read by day.</summary>
internal static class FigureDays
{
    /// <summary>The instant <paramref name="day"/> begins in Amsterdam.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => DutchDate.StartOf(day);
}
