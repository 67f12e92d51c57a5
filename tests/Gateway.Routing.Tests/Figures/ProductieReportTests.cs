using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class ProductieReportTests
{
    private static readonly string[] Columns =
        ["eenheid", "toegewezen_eenheden", "toegewezen_eurocent", "gedeclareerd_eenheden", "gedeclareerd_eurocent", "toegekend_eenheden", "toegekend_eurocent", "trajecten", "benut_procent"];

    private static readonly Product Dagbesteding = new("07", "07A02");

    // Inspanningsgericht 45A48 per uur at € 100,00; outputgericht 43A12 in euro's; outputgericht iWmo 01A03 per stuk at
    // € 260,00; taakgericht 45U01 for Utrecht at € 12.000,05 a year; taakgericht iWmo 07A02 for the whole region (Utrecht
    // and Amsterdam) at € 6.000,00 a year per gemeente. 45A21 has no contract.
    private static readonly ContractRegister Register = new(
        [
            Contract("INS", FundingVariant.Inspanningsgericht, Ambulant, eenheid: Eenheden.Uur, tarief: 10000),
            Contract("OUT", FundingVariant.Outputgericht, Verblijf, eenheid: Eenheden.Euro),
            Contract("OUT82", FundingVariant.Outputgericht, Huishouden, aanbieder: B, eenheid: Eenheden.StuksOutput, tarief: 26000, standard: Standard.Iwmo),
            Contract("TAAK", FundingVariant.Taakgericht, Wijkteam, gemeenten: [Utrecht], taakbudget: new Dictionary<int, long> { [2026] = 1_200_005 }),
            Contract("TAAKREGIO", FundingVariant.Taakgericht, Dagbesteding, aanbieder: B, standard: Standard.Iwmo, taakbudget: new Dictionary<int, long> { [2026] = 600_000 }),
        ],
        []);

    [Fact]
    public async Task Productie_AllThreeVariants_AllocatedDeclaredGrantedAndUsedInTheirOwnTerms()
    {
        var source = new InMemoryFigureSource();
        // Inspanningsgericht: 3 hours a week from Thu 15 Jan to Tue 10 Mar. Calendar weeks touched (the standard's
        // arithmetic): January 3 (12–18, 19–25, 26 Jan–1 Feb) = 9 h = € 900; February 5 (26 Jan–1 Feb … 23 Feb–1 Mar)
        // = 15 h = € 1.500; March 1–10: 3 (23 Feb–1 Mar, 2–8, 9–15) = 9 h = € 900.
        source.Toewijzingen.Add(Toewijzing(1, "c1", D(2026, 1, 15), D(2026, 3, 10), omvang: Omvang(3)));
        // January declared 9 h, then credited (−9 h, −€ 900) and declared again as 8 h: net 8 h, € 800, all granted.
        source.Prestaties.Add(Prestatie(1, "c1", D(2026, 1, 15), 9, 90000));
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 1, 15), 9, -90000));
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 1, 15), 8, 80000));
        source.Prestaties.Add(Prestatie(2, "c1", D(2026, 2, 1), 12, 120000));
        // March: 9 h held (its 325 waits for the back office) and 2 h rejected: declared, not granted.
        source.Prestaties.Add(Prestatie(3, "c1", D(2026, 3, 1), 9, 90000, FigureState.Held));
        source.Prestaties.Add(Prestatie(3, "c1", D(2026, 3, 1), 2, 20000, FigureState.Rejected));

        // Outputgericht in euro's: a trajectory of € 5.000 from 1 Feb (its budget counts in February); € 1.000 declared
        // and granted in February and again in March.
        source.Toewijzingen.Add(Toewijzing(2, "c2", D(2026, 2, 1), D(2026, 6, 30), Verblijf, Omvang(500000, Eenheden.Euro, Frequenties.TotaalBinnenGeldigheidsduur), budget: 500000));
        source.Prestaties.Add(Prestatie(4, "c2", D(2026, 2, 1), 100000, 100000, product: Verblijf, eenheid: Eenheden.Euro));
        source.Prestaties.Add(Prestatie(5, "c2", D(2026, 3, 1), 100000, 100000, product: Verblijf, eenheid: Eenheden.Euro));

        // Outputgericht per stuk without budget: 3 pieces × € 260 = € 780 in March, nothing declared yet.
        source.Toewijzingen.Add(Toewijzing(1, "c3", D(2026, 3, 1), D(2026, 5, 31), Huishouden, Omvang(3, Eenheden.StuksOutput, Frequenties.TotaalBinnenGeldigheidsduur), gemeente: Amsterdam, aanbieder: B, standard: Standard.Iwmo));

        // No contract: 2 hours a week through March, 6 calendar weeks touched (23 Feb–1 Mar … 30 Mar–5 Apr) = 12 h, no tariff.
        source.Toewijzingen.Add(Toewijzing(3, "c4", D(2026, 3, 1), D(2026, 3, 31), Onbekend, Omvang(2)));
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20), Register, null, Utrecht, Amsterdam);

        var table = await reports.BuildAsync(FigureKind.Productie, FigureReportsFor.Request(2026, 1, 3));

        object?[] Row(string code, string maand, string gemeente = Utrecht) =>
            table.Values(table.Single(("productcode", code), ("maand", maand), ("gemeente", gemeente)), Columns);

        // Inspanningsgericht: benut = granted ÷ allocated: 800 / 900 = 88.9 %, 1.200 / 1.500 = 80 %, 0 / 900 = 0 %.
        Assert.Equal(["04", 9L, 90000L, 8L, 80000L, 8L, 80000L, null, 88.9m], Row("45A48", "2026-01"));
        Assert.Equal(["04", 15L, 150000L, 12L, 120000L, 12L, 120000L, null, 80.0m], Row("45A48", "2026-02"));
        Assert.Equal(["04", 9L, 90000L, 11L, 110000L, 0L, 0L, null, 0.0m], Row("45A48", "2026-03"));
        // Outputgericht: the trajectory and its budget in February (1.000 / 5.000 = 20 %); March allocates nothing.
        Assert.Equal(["83", 500000L, 500000L, 100000L, 100000L, 100000L, 100000L, 1L, 20.0m], Row("43A12", "2026-02"));
        Assert.Equal(["83", 0L, 0L, 100000L, 100000L, 100000L, 100000L, 0L, null], Row("43A12", "2026-03"));
        Assert.Equal(["82", 3L, 78000L, 0L, 0L, 0L, 0L, 1L, 0.0m], Row("01A03", "2026-03", Amsterdam));
        // No contract: units without a price, so the allocated amount and the share are unknown.
        Assert.Equal(["04", 12L, null, 0L, 0L, 0L, 0L, null, null], Row("45A21", "2026-03"));
        Assert.Equal("onbekend", table.Value(table.Single(("productcode", "45A21")), "variant"));
        // Taakgericht: 1.200.005 / 12 = 100.000 a month (the 5 left over go to December); the region's contract gives
        // 600.000 / 12 = 50.000 to each of its gemeenten. Nothing else, and no client count.
        foreach (var maand in new[] { "2026-01", "2026-02", "2026-03" })
        {
            Assert.Equal([null, null, 100000L, null, null, null, null, null, null], Row("45U01", maand));
            Assert.Equal([null, null, 50000L, null, null, null, null, null, null], Row("07A02", maand));
            Assert.Equal([null, null, 50000L, null, null, null, null, null, null], Row("07A02", maand, Amsterdam));
            Assert.Null(table.Single(("productcode", "45U01"), ("maand", maand)).Clients);
        }

        Assert.Equal(16, table.Rows.Count);
        Assert.All(table.Where(("productcode", "45A48")), r => Assert.Equal(1L, r.Clients));
    }

    [Fact]
    public async Task Productie_LumpSum_DecemberTakesTheRemainderAndTheYearAddsUp()
    {
        var reports = FigureReportsFor.Create(new InMemoryFigureSource(), D(2026, 5, 20), Register, null, Utrecht, Amsterdam);

        var table = await reports.BuildAsync(FigureKind.Productie, FigureReportsFor.Request(2026, 1, 12, aanbieders: [A]));

        var wijkteam = table.Where(("productcode", "45U01")).Select(r => (long)table.Value(r, "toegewezen_eurocent")!).ToList();
        Assert.Equal([.. Enumerable.Repeat(100000L, 11), 100005L], wijkteam);
        Assert.Equal(1_200_005L, wijkteam.Sum());
    }
}
