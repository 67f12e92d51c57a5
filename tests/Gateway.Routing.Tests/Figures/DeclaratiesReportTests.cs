using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class DeclaratiesReportTests
{
    private static readonly string[] Columns =
        ["prestaties", "clienten", "debet_eurocent", "credit_eurocent", "gedeclareerd_eurocent", "toegekend_eurocent", "afgewezen_eurocent", "aangehouden_eurocent"];

    private static readonly ContractRegister Register = new([Contract("INS", FundingVariant.Inspanningsgericht, Ambulant, eenheid: Eenheden.Uur, tarief: 10000)], []);

    [Fact]
    public async Task Declaraties_DebitsCreditsGrantedRejectedHeld_NetAddsUpByProductPeriodeMonth()
    {
        var source = new InMemoryFigureSource();
        // January (by ProductPeriode, whatever month the 323 came in):
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 1, 1), 9, 90000));                              // debit, granted
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 1, 1), 9, -90000, receivedAt: At(2026, 3, 2)));  // its credit, granted
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 1, 1), 8, 80000, receivedAt: At(2026, 3, 2)));   // the correction, granted
        source.Prestaties.Add(Prestatie(3, "c2", D(2026, 1, 5), 3, 30000, FigureState.Rejected));         // debit, rejected
        source.Prestaties.Add(Prestatie(3, "c2", D(2026, 1, 5), 2, -20000, FigureState.Rejected));        // credit, rejected
        source.Prestaties.Add(Prestatie(4, "c3", D(2026, 1, 9), 5, 50000, FigureState.Held));             // debit, held
        // February: one granted debit; December 2025 is outside the request.
        source.Prestaties.Add(Prestatie(5, "c1", D(2026, 2, 1), 4, 40000));
        source.Prestaties.Add(Prestatie(6, "c1", D(2025, 12, 1), 4, 40000));
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20), Register);

        var table = await reports.BuildAsync(FigureKind.Declaraties, FigureReportsFor.Request(2026, 1, 2));

        // January: 6 prestaties of 3 clients; debit 90.000 + 80.000 + 30.000 + 50.000 = 250.000; credit 90.000 + 20.000 =
        // 110.000; net 140.000 = granted (90.000 − 90.000 + 80.000 = 80.000) + rejected (30.000 − 20.000 = 10.000) + held 50.000.
        var january = table.Single(("maand", "2026-01"));
        Assert.Equal([6L, 3L, 250000L, 110000L, 140000L, 80000L, 10000L, 50000L], table.Values(january, Columns));
        Assert.Equal(3L, january.Clients);
        Assert.Equal([1L, 1L, 40000L, 0L, 40000L, 40000L, 0L, 0L], table.Values(table.Single(("maand", "2026-02")), Columns));
        Assert.Equal(2, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal("inspanningsgericht", table.Value(r, "variant")));
        Assert.All(table.Rows, r => Assert.Equal(
            (long)table.Value(r, "gedeclareerd_eurocent")!,
            (long)table.Value(r, "toegekend_eurocent")! + (long)table.Value(r, "afgewezen_eurocent")! + (long)table.Value(r, "aangehouden_eurocent")!));
    }

    [Fact]
    public async Task Declaraties_NoContractRegister_VariantOnbekend()
    {
        var source = new InMemoryFigureSource();
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 1, 1), 9, 90000));
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20));

        var table = await reports.BuildAsync(FigureKind.Declaraties, FigureReportsFor.Request(2026, 1, 1));

        Assert.Equal(["iJw", "0344", "41101234", "45", "45A48", "onbekend", "2026-01"], table.Values(Assert.Single(table.Rows), "domein", "gemeente", "aanbieder", "productcategorie", "productcode", "variant", "maand"));
    }
}
