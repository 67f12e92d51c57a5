using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class ZorgReportTests
{
    private static readonly string[] Columns =
        ["clienten", "toewijzingen_nieuw", "toewijzingen_beeindigd", "starts", "stops", "stops_tijdelijk", "trajecten_afgerond", "trajectduur_gemiddeld", "trajectduur_mediaan"];

    // 45A48 inspanningsgericht and 45U01 taakgericht (start/stop without toewijzing) of provider A, region-wide, iJw;
    // 02A01 inspanningsgericht of provider B in iWmo.
    private static readonly ContractRegister Register = new(
        [
            Contract("INS", FundingVariant.Inspanningsgericht, Ambulant, eenheid: "04", tarief: 10000),
            Contract("TAAK", FundingVariant.Taakgericht, Wijkteam),
            Contract("WMO", FundingVariant.Inspanningsgericht, Begeleiding, aanbieder: B, eenheid: "04", tarief: 7000, standard: Standard.Iwmo),
        ],
        []);

    [Fact]
    public async Task Zorg_ClientsToewijzingenStartsStopsAndTrajectories_PerMonthAsCountedByHand()
    {
        var source = new InMemoryFigureSource();
        // c1: toewijzing 1 from before the range (started 3 Nov 2025) ends 15 Feb; toewijzing 3 from 16 Feb to 31 Mar.
        source.Toewijzingen.Add(Toewijzing(1, "c1", D(2025, 11, 1), D(2026, 2, 15)));
        source.Toewijzingen.Add(Toewijzing(3, "c1", D(2026, 2, 16), D(2026, 3, 31)));
        // c2: toewijzing 2 from 10 Feb, open-ended; a temporary stop 1–15 Mar, restart 16 Mar, definitive stop 10 Apr.
        source.Toewijzingen.Add(Toewijzing(2, "c2", D(2026, 2, 10), null));
        // c3 and c4: short April toewijzingen.
        source.Toewijzingen.Add(Toewijzing(4, "c3", D(2026, 4, 1), D(2026, 4, 30)));
        source.Toewijzingen.Add(Toewijzing(5, "c4", D(2026, 4, 6), D(2026, 4, 30)));
        // c6 in iWmo, Amsterdam, provider B, from 10 Mar.
        source.Toewijzingen.Add(Toewijzing(1, "c6", D(2026, 3, 10), null, Begeleiding, gemeente: Amsterdam, aanbieder: B, standard: Standard.Iwmo));

        source.Starts.AddRange(
        [
            Start(1, "c1", D(2025, 11, 3)),
            Start(2, "c2", D(2026, 2, 12)),
            Start(3, "c1", D(2026, 2, 16)),
            Start(2, "c2", D(2026, 3, 16)),
            Start(4, "c3", D(2026, 4, 1)),
            Start(5, "c4", D(2026, 4, 6)),
            Start(null, "c5", D(2026, 3, 2), product: Wijkteam),
        ]);
        source.Stops.AddRange(
        [
            Stop(1, "c1", D(2025, 11, 3), D(2026, 2, 15)),
            Stop(2, "c2", D(2026, 2, 12), D(2026, 3, 1), reden: StopFact.TijdelijkeBeeindiging),
            Stop(3, "c1", D(2026, 2, 16), D(2026, 3, 31)),
            Stop(2, "c2", D(2026, 3, 16), D(2026, 4, 10)),
            Stop(4, "c3", D(2026, 4, 1), D(2026, 4, 3)),
            Stop(5, "c4", D(2026, 4, 6), D(2026, 4, 15)),
            Stop(null, "c5", D(2026, 3, 2), D(2026, 3, 20), product: Wijkteam),
        ]);
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20), Register);

        var table = await reports.BuildAsync(FigureKind.Zorg, FigureReportsFor.Request(2026, 1, 4));

        Assert.Equal(
            ["domein", "gemeente", "aanbieder", "productcategorie", "productcode", "variant", "maand", .. Columns],
            table.Columns.Select(c => c.Key));
        object?[] Row(string code, string maand, string domein = "iJw") => table.Values(table.Single(("domein", domein), ("productcode", code), ("maand", maand)), Columns);

        // January: only c1 (toewijzing 1 began before the range).
        Assert.Equal([1L, 0L, 0L, 0L, 0L, 0L, 0L, null, null], Row("45A48", "2026-01"));
        // February: c1 (toewijzingen 1 and 3: counted once) and c2 = 2; new 2 and 3; toewijzing 1 ends; starts of 2 and 3;
        // the definitive stop of 1 finishes its trajectory from 3 Nov 2025 to 15 Feb 2026: 28 + 31 + 31 + 15 = 105 days.
        Assert.Equal([2L, 2L, 1L, 2L, 1L, 0L, 1L, 105.0m, 105.0m], Row("45A48", "2026-02"));
        // March: c1 and c2; toewijzing 3 ends; c2 restarts 16 Mar after a temporary stop ending 1 Mar; 3 stops 31 Mar:
        // 16 Feb – 31 Mar = 13 + 31 = 44 days.
        Assert.Equal([2L, 0L, 1L, 1L, 1L, 1L, 1L, 44.0m, 44.0m], Row("45A48", "2026-03"));
        // April: c2, c3, c4; toewijzingen 4 and 5 new and ended; c2's trajectory runs from its first start (12 Feb; the
        // temporary stop's days are not subtracted) to 10 Apr: 17 + 31 + 10 = 58 days; c3 1–3 Apr = 3; c4 6–15 Apr = 10.
        // Mean (58 + 3 + 10) / 3 = 23.67 → 23.7; median 10.
        Assert.Equal([3L, 2L, 2L, 2L, 3L, 0L, 3L, 23.7m, 10.0m], Row("45A48", "2026-04"));
        // The taakgericht start and stop without toewijzing: no client in care, one trajectory 2–20 Mar = 19 days.
        Assert.Equal([0L, 0L, 0L, 1L, 1L, 0L, 1L, 19.0m, 19.0m], Row("45U01", "2026-03"));
        Assert.Equal("taakgericht", table.Value(table.Single(("productcode", "45U01")), "variant"));
        // iWmo: c6 in March and April.
        Assert.Equal([1L, 1L, 0L, 0L, 0L, 0L, 0L, null, null], Row("02A01", "2026-03", "iWmo"));
        Assert.Equal([1L, 0L, 0L, 0L, 0L, 0L, 0L, null, null], Row("02A01", "2026-04", "iWmo"));
        Assert.Equal(7, table.Rows.Count);
    }

    [Fact]
    public async Task Zorg_Rows_SortedByDimensionsAndClientsAreTheCaseload()
    {
        var source = new InMemoryFigureSource();
        source.Toewijzingen.Add(Toewijzing(1, "c6", D(2026, 3, 10), null, Begeleiding, gemeente: Amsterdam, aanbieder: B, standard: Standard.Iwmo));
        source.Toewijzingen.Add(Toewijzing(2, "c1", D(2026, 3, 1), null, gemeente: Amsterdam));
        source.Toewijzingen.Add(Toewijzing(3, "c2", D(2026, 3, 1), null));
        source.Toewijzingen.Add(Toewijzing(4, "c3", D(2026, 3, 1), null));
        var reports = FigureReportsFor.Create(source, D(2026, 5, 20), Register);

        var table = await reports.BuildAsync(FigureKind.Zorg, FigureReportsFor.Request(2026, 3, 3));

        // iJw before iWmo, then gemeente: 0344 (two clients) before 0363.
        Assert.Equal(
            [("iJw", "0344", 2L), ("iJw", "0363", 1L), ("iWmo", "0363", 1L)],
            table.Rows.Select(r => ((string)table.Value(r, "domein")!, (string)table.Value(r, "gemeente")!, r.Clients!.Value)));
    }
}
