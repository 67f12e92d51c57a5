using Gateway.Host.Console;
using Gateway.Routing.Figures;

namespace Gateway.Host.Tests.Console;

public sealed class CeilingChartsTests
{
    [Fact]
    public void Months_PerCeilingAndYear_InMonthOrder_TheCumulativeColumn()
    {
        var request = new FigureRequest(new Maand(2025, 1), new Maand(2026, 3), [], []);
        // Rows as the plafonds report writes them, shuffled: the chart must not lean on their order.
        FigureRow[] rows =
        [
            Row("PL-B", new Maand(2026, 2), used: 0, cumulative: 500),
            Row("PL-A", new Maand(2026, 3), used: 700, cumulative: 1_700),
            Row("PL-A", new Maand(2026, 1), used: 1_000, cumulative: 1_000),
            Row("PL-A", new Maand(2025, 12), used: 50, cumulative: 9_050),
            Row("PL-B", new Maand(2026, 1), used: 500, cumulative: 500),
            Row("PL-A", new Maand(2026, 2), used: 0, cumulative: 1_000),
        ];
        var table = new FigureTable(FigureKind.Plafonds, request, FigureColumns.Plafonds, rows, []);

        var months = CeilingCharts.Months(table);

        Assert.Equal(3, months.Count);
        Assert.Equal(
            [new ChartBar("2026-01", 1_000), new ChartBar("2026-02", 1_000), new ChartBar("2026-03", 1_700)],
            months[("PL-A", 2026)]);
        Assert.Equal([new ChartBar("2025-12", 9_050)], months[("PL-A", 2025)]);
        Assert.Equal([new ChartBar("2026-01", 500), new ChartBar("2026-02", 500)], months[("PL-B", 2026)]);
    }

    [Fact]
    public void Months_NoRows_NoCharts()
    {
        var table = new FigureTable(FigureKind.Plafonds, new FigureRequest(new Maand(2026, 1), new Maand(2026, 1), [], []), FigureColumns.Plafonds, [], []);

        Assert.Empty(CeilingCharts.Months(table));
    }

    private static FigureRow Row(string id, Maand maand, long used, long cumulative) =>
        new([id, maand.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture), maand, 10_000L, used, cumulative, 0m, null, null], null);
}
