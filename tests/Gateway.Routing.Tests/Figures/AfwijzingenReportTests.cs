using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Support;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class AfwijzingenReportTests
{
    [Fact]
    public async Task Afwijzingen_PerRetourcodeAndRule_APrestatieWithTwoReasonsCountsUnderBoth()
    {
        var source = new InMemoryFigureSource();
        // c1: € 300 rejected for two reasons; c2: a credit of € 200 rejected for one of them, and € 150 the back office
        // rejected on a held 325. Granted and held prestaties are not rejections.
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 1, 1), 3, 30000, FigureState.Rejected, reasons: [new("8152", "TR321"), new("0611", "TR418")]));
        source.Prestaties.Add(Prestatie(1, "c2", D(2026, 1, 1), 2, -20000, FigureState.Rejected, reasons: [new("8152", "TR321")]));
        source.Prestaties.Add(Prestatie(2, "c2", D(2026, 1, 1), 1, 15000, FigureState.Rejected, reasons: [new("0233", FigureReason.BackOffice)]));
        source.Prestaties.Add(Prestatie(2, "c3", D(2026, 1, 1), 1, 99999));
        source.Prestaties.Add(Prestatie(3, "c3", D(2026, 1, 1), 1, 88888, FigureState.Held));
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20));

        var table = await reports.BuildAsync(FigureKind.Afwijzingen, FigureReportsFor.Request(2026, 1, 1));

        // Sorted by retourcode: 0233 (back office), 0611 (TR418, only c1's), 8152 (TR321: c1's 300 and c2's credit of
        // 200, net 100).
        Assert.Equal(
            [
                ["0233", "backoffice", 1L, 1L, 15000L],
                ["0611", "TR418", 1L, 1L, 30000L],
                ["8152", "TR321", 2L, 2L, 10000L],
            ],
            table.Rows.Select(r => table.Values(r, "retourcode", "regel", "prestaties", "clienten", "afgewezen_eurocent")));
        Assert.Equal([1L, 1L, 2L], table.Rows.Select(r => r.Clients));
        Assert.Equal(["domein", "gemeente", "aanbieder", "productcategorie", "productcode", "variant", "maand", "retourcode", "regel", "prestaties", "clienten", "afgewezen_eurocent"], table.Columns.Select(c => c.Key));
    }
}
