using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class PlafondsReportTests
{
    private static readonly string[] Columns =
        ["plafond", "jaar", "maand", "bedrag_eurocent", "gebruikt_eurocent", "cumulatief_eurocent", "cumulatief_procent", "prognose_jaareinde_eurocent", "prognose_bereikt_maand"];

    // PL-A: € 10.000 in 2026 on provider A's lot "ambulant" in Utrecht; PL-B: € 5.000 in 2026 on provider B.
    private static readonly ContractRegister Register = new(
        [
            Contract("INS", FundingVariant.Inspanningsgericht, Ambulant, eenheid: Eenheden.Uur, tarief: 10000, perceel: "ambulant"),
            Contract("WMO", FundingVariant.Inspanningsgericht, Begeleiding, aanbieder: B, eenheid: Eenheden.Uur, tarief: 7000, standard: Standard.Iwmo),
        ],
        [
            new Ceiling("PL-A", Standard.Ijw, 2026, 1_000_000, A, "ambulant", null, null, [Utrecht], [80, 100], CeilingPolicy.Warn),
            new Ceiling("PL-B", null, 2026, 500_000, B, null, null, null, [], [80, 100], CeilingPolicy.Hold),
        ]);

    private static InMemoryFigureSource Facts()
    {
        var source = new InMemoryFigureSource();
        // PL-A: granted 1.000 in January, 1.500 in February, 2.000 − 500 (a credit) in March, 1.000 in April.
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 1, 1), 10, 100000));
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 2, 1), 15, 150000));
        source.Prestaties.Add(Prestatie(3, "c1", D(2026, 3, 1), 20, 200000));
        source.Prestaties.Add(Prestatie(3, "c2", D(2026, 3, 1), 5, -50000));
        source.Prestaties.Add(Prestatie(4, "c1", D(2026, 4, 1), 10, 100000));
        // Not PL-A's: held, rejected, Amsterdam (outside the ceiling's gemeenten), 2025 (another ceiling-year).
        source.Prestaties.Add(Prestatie(5, "c3", D(2026, 3, 1), 99, 999999, FigureState.Held));
        source.Prestaties.Add(Prestatie(6, "c3", D(2026, 2, 1), 1, 12345, FigureState.Rejected));
        source.Prestaties.Add(Prestatie(7, "c4", D(2026, 2, 1), 7, 77777, gemeente: Amsterdam));
        source.Prestaties.Add(Prestatie(8, "c1", D(2025, 12, 1), 5, 55555));
        // PL-B: 200 granted in March, in Amsterdam, iWmo.
        source.Prestaties.Add(Prestatie(9, "c5", D(2026, 3, 1), 3, 20000, product: Begeleiding, gemeente: Amsterdam, aanbieder: B, standard: Standard.Iwmo));
        return source;
    }

    [Fact]
    public async Task Plafonds_UsageCumulativeFromJanuaryAndTheStraightLineThroughTheLastMonthWithUsage()
    {
        var reports = FigureReportsFor.Create(Facts(), D(2026, 4, 15), Register);

        var table = await reports.BuildAsync(FigureKind.Plafonds, FigureReportsFor.Request(2026, 2, 6));

        Assert.Equal(Columns, table.Columns.Select(c => c.Key));
        // PL-A's last month with usage is April (the request runs to June, but it is 15 April): 5.000 through April ÷ 4 × 12
        // = 15.000; the line 5.000 × m ÷ 4 reaches 10.000 at m = 10.000 × 4 ÷ 5.000 = 8: August. February's cumulative
        // includes January's 1.000, though the request starts in February.
        Assert.Equal(
            [
                ["PL-A", "2026", "2026-02", 1_000_000L, 150000L, 250000L, 25.0m, 1_500_000L, "2026-08"],
                ["PL-A", "2026", "2026-03", 1_000_000L, 150000L, 400000L, 40.0m, 1_500_000L, "2026-08"],
                ["PL-A", "2026", "2026-04", 1_000_000L, 100000L, 500000L, 50.0m, 1_500_000L, "2026-08"],
                ["PL-A", "2026", "2026-05", 1_000_000L, 0L, 500000L, 50.0m, 1_500_000L, "2026-08"],
                ["PL-A", "2026", "2026-06", 1_000_000L, 0L, 500000L, 50.0m, 1_500_000L, "2026-08"],
                // PL-B's last month with usage is March: 200 ÷ 3 × 12 = 800; the line reaches 5.000 at month 75: not this year.
                ["PL-B", "2026", "2026-02", 500_000L, 0L, 0L, 0.0m, 80000L, null],
                ["PL-B", "2026", "2026-03", 500_000L, 20000L, 20000L, 4.0m, 80000L, null],
                ["PL-B", "2026", "2026-04", 500_000L, 0L, 20000L, 4.0m, 80000L, null],
                ["PL-B", "2026", "2026-05", 500_000L, 0L, 20000L, 4.0m, 80000L, null],
                ["PL-B", "2026", "2026-06", 500_000L, 0L, 20000L, 4.0m, 80000L, null],
            ],
            table.Rows.Select(r => table.Values(r, Columns)));
        Assert.All(table.Rows, r => Assert.Null(r.Clients));
    }

    [Theory]
    [InlineData(1, 1, 2026, 4, 15, 1_200_000L, "2026-10")] // January only: 1.000 × 12 = 12.000, 10.000 reached at month 10
    [InlineData(1, 3, 2026, 3, 5, 1_600_000L, "2026-08")]  // through March, the current month: 4.000 ÷ 3 × 12; 10.000 × 3 ÷ 4.000 = 7.5 → 8
    [InlineData(5, 6, 2026, 4, 15, 1_500_000L, "2026-08")] // the request lies after today: the line still runs through April, the last month with usage
    public async Task Plafonds_LastMonthWithData_TheCeilingsLastMonthWithUsageNotAfterTheRequestOrToday(int from, int to, int year, int month, int day, long? projection, string? reached)
    {
        var reports = FigureReportsFor.Create(Facts(), D(year, month, day), Register);

        var table = await reports.BuildAsync(FigureKind.Plafonds, FigureReportsFor.Request(2026, from, to));

        var row = table.Where(("plafond", "PL-A"))[0];
        Assert.Equal([projection, reached], table.Values(row, "prognose_jaareinde_eurocent", "prognose_bereikt_maand"));
    }

    [Fact]
    public async Task Plafonds_GrantedTotalPerCeilingYear_EqualsWhatCeilingGrantsRecords()
    {
        var source = Facts();
        var reports = FigureReportsFor.Create(source, D(2027, 1, 10), Register);

        var table = await reports.BuildAsync(FigureKind.Plafonds, FigureReportsFor.Request(2026, 1, 12));

        var granted = source.Prestaties.Where(p => p.State == FigureState.Granted)
            .Select(p => new GrantedAmount(p.Standard, p.Gemeentecode, p.Aanbieder, p.Product.Categorie, p.Product.Code, p.PeriodeBegin, p.Bedrag));
        var recorded = CeilingGrants.Attribute(Register, granted).ToDictionary(a => a.Ceiling.Id, a => a.Amount);
        Assert.Equal(new Dictionary<string, long> { ["PL-A"] = 500000, ["PL-B"] = 20000 }, recorded);
        foreach (var (id, amount) in recorded)
        {
            var december = table.Single(("plafond", id), ("maand", "2026-12"));
            Assert.Equal(amount, table.Value(december, "cumulatief_eurocent"));
            Assert.Equal(amount, table.Where(("plafond", id)).Sum(r => (long)table.Value(r, "gebruikt_eurocent")!));
            // A year that is over projects what it used.
            Assert.Equal(amount, table.Value(december, "prognose_jaareinde_eurocent"));
        }
    }

    [Theory]
    [InlineData(new[] { Utrecht }, new string[0], new[] { "PL-A" })]
    [InlineData(new[] { Amsterdam }, new string[0], new string[0])]  // PL-A is Utrecht's; PL-B covers every gemeente
    [InlineData(new string[0], new[] { B }, new[] { "PL-B" })]
    public async Task Plafonds_Filtered_OnlyCeilingsWhollyWithinTheFilter(string[] gemeenten, string[] aanbieders, string[] expected)
    {
        var reports = FigureReportsFor.Create(Facts(), D(2026, 4, 15), Register);

        var table = await reports.BuildAsync(FigureKind.Plafonds, FigureReportsFor.Request(2026, 1, 4, gemeenten, aanbieders));

        Assert.Equal(expected, table.Rows.Select(r => (string)table.Value(r, "plafond")!).Distinct());
    }
}
