using Gateway.Host.Operators;
using Gateway.Host.Reports;
using Gateway.Routing.Figures;

namespace Gateway.Host.Console;

/// <summary>
/// The ceilings page's charts: each ceiling's usage cumulative from January, month by month up to this month (the whole
/// year for a year that is over), taken from the <c>plafonds</c> report with the same scoping and log line as the API.
/// </summary>
internal sealed class CeilingCharts(ReportQueries reports, TimeProvider time)
{
    /// <summary>Per ceiling and year: one bar per month shown, labelled yyyy-MM, its value the cumulative eurocents.</summary>
    public async Task<IReadOnlyDictionary<(string Id, int Jaar), IReadOnlyList<ChartBar>>> BuildAsync(
        OperatorAccount account, IReadOnlyList<CeilingView> ceilings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ceilings);
        var thisMonth = ReportQuery.CurrentMonth(time);
        var van = ceilings.Count == 0 ? thisMonth.Next : new Maand(ceilings.Min(c => c.Jaar), 1);
        if (van.CompareTo(thisMonth) > 0)
        {
            return new Dictionary<(string, int), IReadOnlyList<ChartBar>>();
        }

        var lastOfYears = new Maand(ceilings.Max(c => c.Jaar), 12);
        var tot = lastOfYears.CompareTo(thisMonth) < 0 ? lastOfYears : thisMonth;
        if (!ReportQueries.TryScope(account, new FigureRequest(van, tot, [], []), out var scoped))
        {
            return new Dictionary<(string, int), IReadOnlyList<ChartBar>>();
        }

        var table = await reports.BuildAsync(account, new ReportQuery(FigureKind.Plafonds, scoped, ReportFormat.Json, Extern: false), cancellationToken);
        return Months(table);
    }

    /// <summary>The cumulative column of a <c>plafonds</c> report, per ceiling and year in month order.</summary>
    public static IReadOnlyDictionary<(string Id, int Jaar), IReadOnlyList<ChartBar>> Months(FigureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = table.Columns.Select((c, i) => (c.Key, i)).ToDictionary(c => c.Key, c => c.i, StringComparer.Ordinal);
        return table.Rows
            .Select(r => (
                Id: (string)r.Values[column["plafond"]]!,
                Maand: (Maand)r.Values[column["maand"]]!,
                Cumulative: (long)r.Values[column["cumulatief_eurocent"]]!))
            .GroupBy(r => (r.Id, r.Maand.Jaar))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ChartBar>)[.. g.OrderBy(r => r.Maand).Select(r => new ChartBar(r.Maand.ToString(), r.Cumulative))]);
    }
}
