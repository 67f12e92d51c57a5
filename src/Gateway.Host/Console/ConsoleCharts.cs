using Gateway.Host.Operators;
using Gateway.Routing.Store;

namespace Gateway.Host.Console;

/// <summary>The overview's two charts: messages per hour over the last two days, rejections per retourcode over the last week.</summary>
internal sealed class ConsoleCharts(IMessageBrowser browser, TimeProvider time)
{
    public static readonly TimeSpan HoursShown = TimeSpan.FromHours(48);
    public static readonly TimeSpan RejectionsShown = TimeSpan.FromDays(7);

    public async Task<(IReadOnlyList<ChartBar> PerHour, IReadOnlyList<ChartBar> PerRetourCode)> BuildAsync(OperatorAccount account, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var traffic = await browser.TrafficAsync(now - RejectionsShown, ConsoleScope.Of(account), cancellationToken);
        var from = now - HoursShown;
        var perHour = traffic.MessagesPerHour
            .Where(h => h.Hour >= from.AddHours(-1))
            .GroupBy(h => h.Hour)
            .OrderBy(g => g.Key)
            .Select(g => new ChartBar(ConsoleFormat.Hour(g.Key), g.Sum(h => (long)h.Count)))
            .ToList();
        var perCode = traffic.RejectionsPerRetourCode
            .GroupBy(r => r.RetourCode, StringComparer.Ordinal)
            .Select(g => new ChartBar(g.Key, g.Sum(r => (long)r.Count)))
            .OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();
        return (perHour, perCode);
    }
}
