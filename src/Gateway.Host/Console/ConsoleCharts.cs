using Gateway.Host.Operators;

namespace Gateway.Host.Console;

/// <summary>The overview's two charts: messages per hour over the last two days, rejections per retourcode over the last week.</summary>
internal sealed class ConsoleCharts(ConsoleQueries queries, TimeProvider time)
{
    public static readonly TimeSpan HoursShown = TimeSpan.FromHours(48);
    public static readonly TimeSpan RejectionsShown = TimeSpan.FromDays(7);

    public async Task<(IReadOnlyList<ChartBar> PerHour, IReadOnlyList<ChartBar> PerRetourCode)> BuildAsync(OperatorAccount account, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var traffic = await queries.TrafficAsync(account, RejectionsShown.Days, cancellationToken);
        // Every hour of the window gets a bar, also an hour without messages (the store leaves those out).
        var counts = traffic.MessagesPerHour.GroupBy(h => h.Hour).ToDictionary(g => g.Key, g => g.Sum(h => (long)h.Count));
        var last = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var perHour = Enumerable.Range(0, (int)HoursShown.TotalHours)
            .Select(i => last.AddHours(i - (int)HoursShown.TotalHours + 1))
            .Select(hour => new ChartBar(ConsoleFormat.Hour(hour), counts.GetValueOrDefault(hour)))
            .ToList();
        var perCode = traffic.RejectionsPerRetourCode
            .GroupBy(r => r.RetourCode, StringComparer.Ordinal)
            .Select(g => new ChartBar(g.Key, g.Sum(r => (long)r.Count)))
            .OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();
        return (perHour, perCode);
    }
}
